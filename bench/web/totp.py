#!/usr/bin/env python3
"""Prints the current RFC 6238 code for a base32 key (as Hoshi's MFA page shows it), using only the stdlib."""
import base64, hashlib, hmac, struct, sys, time

key = sys.argv[1].replace(" ", "").upper()
key += "=" * (-len(key) % 8)
counter = struct.pack(">Q", int(time.time()) // 30)
digest = hmac.new(base64.b32decode(key), counter, hashlib.sha1).digest()
offset = digest[-1] & 0x0F
code = (struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000
print(f"{code:06d}")
