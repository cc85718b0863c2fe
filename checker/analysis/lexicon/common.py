"""Word lists shared by every part of the analysis."""

from __future__ import annotations

ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sen sens rep reps gov gen lt col sgt capt cmdr adm maj rev hon pres
    st jr sr inc corp co ltd bros no nos vs v mt ft
    jan feb mar apr jun jul aug sep sept oct nov dec
    u.s u.k u.n e.u d.c a.m p.m n.y l.a u.s.a i.e e.g
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo
    mont neb nev okla ore pa tenn tex va vt wash wis wyo
    """.split()
)
