"""Signing keys: sealed under a password, useless without it, verifiable by anyone."""

from __future__ import annotations

import re

import pytest

from models.core import keys


def test_a_sealed_key_opens_with_its_secret_only() -> None:
    private = keys.new_private_key()
    sealed = keys.seal(private, "correct horse")
    assert keys.public_hex(private) not in sealed
    opened = keys.open_sealed(sealed, "correct horse")
    assert keys.public_hex(opened) == keys.public_hex(private)
    with pytest.raises(keys.KeyUnavailable):
        keys.open_sealed(sealed, "wrong horse")
    version, salt, nonce, box = sealed.split("$")
    flipped = box[:-4] + ("AAAA" if box[-4:] != "AAAA" else "BBBB")
    with pytest.raises(keys.KeyUnavailable):
        keys.open_sealed("$".join([version, salt, nonce, flipped]), "correct horse")


def test_the_same_key_sealed_twice_looks_different() -> None:
    private = keys.new_private_key()
    assert keys.seal(private, "pin 135790") != keys.seal(private, "pin 135790")


def test_a_signature_verifies_for_its_data_and_key_only() -> None:
    private, other = keys.new_private_key(), keys.new_private_key()
    signer = keys.Signer(1, private)
    signature = signer.sign(b"event hash")
    assert keys.verify(keys.public_hex(private), signature, b"event hash")
    assert not keys.verify(keys.public_hex(private), signature, b"event hash!")
    assert not keys.verify(keys.public_hex(other), signature, b"event hash")
    assert not keys.verify(keys.public_hex(private), "00" * 64, b"event hash")
    assert not keys.verify(keys.public_hex(private), "not hex", b"event hash")


def test_a_fingerprint_is_short_and_readable() -> None:
    private = keys.new_private_key()
    printed = keys.fingerprint(keys.public_hex(private))
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){3}", printed)
    assert printed == keys.fingerprint(keys.public_hex(private))
    assert printed != keys.fingerprint(keys.public_hex(keys.new_private_key()))
