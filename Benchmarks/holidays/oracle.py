#!/usr/bin/env python3
"""Writes python-holidays' public holidays for 2000-2040 as one JSON file per region code.

Usage: oracle.py OUTDIR CODE...   (CODE as Followup spells it: US, GB-ENG, BR-SP)
The Swift oracle test (HolidayOracleTests) compares Followup's rules with these files.
"""
import json, os, sys, warnings

import holidays

warnings.simplefilter("ignore")
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
for code in sys.argv[2:]:
    country, _, subdiv = code.partition("-")
    table = holidays.country_holidays(country, subdiv=subdiv or None, years=range(2000, 2041), categories=("public",))
    rows = [{"date": d.isoformat(), "name": n} for d, n in sorted(table.items()) if 2000 <= d.year <= 2040]
    with open(os.path.join(out, code + ".json"), "w") as f:
        json.dump(rows, f)
print(f"oracle: {len(sys.argv) - 2} regions written to {out}")
