"""Signing keys: each person's audit events carry their own signature.

Anyone who can write the register file can also recompute a plain hash chain, so a
chain alone proves nothing to an inspector. A signature does: each member of staff has
an Ed25519 key pair, and only the public half is readable. The private half is stored
sealed: encrypted (ChaCha20-Poly1305) under a key that Argon2id derives from that
person's password or PIN with a salt of its own, so the file holds no usable secret.
It is opened at sign-in and kept in memory only while that person is signed in.

A fingerprint is a short, readable digest of a public key, printed on paper (the
monthly register) so that a key table replaced behind the app is caught by the sheet
the branch head signed.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from models.core.errors import QT_TRANSLATE_NOOP, DomainError

# The cryptography library is a sixth of the app's start-up: each function below loads
# what it needs the first time a key is made, opened or checked (at a sign-in, on the
# operations layer's thread), not when the window starts; as ``models.core.deadlines``
# does with the holidays.
if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

# Argon2id as for the sign-in hashes (OWASP's minimum: 19 MiB, 2 passes, 1 lane).
KDF_TIME, KDF_MEMORY_KIB, KDF_LANES = 2, 19 * 1024, 1
SEAL_VERSION = "k1"


class KeyUnavailable(DomainError):
    """A key could not be opened (wrong secret, or a damaged sealed key)."""

    code = "key_unavailable"


@dataclass(frozen=True)
class Signer:
    """An opened private key and the id of its row, held only in memory."""

    key_id: int
    private: Ed25519PrivateKey

    def sign(self, data: bytes) -> str:
        return self.private.sign(data).hex()


def new_private_key() -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.generate()


def public_hex(private: Ed25519PrivateKey) -> str:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def _derive(secret: str, salt: bytes) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        secret.encode("utf-8"),
        salt,
        time_cost=KDF_TIME,
        memory_cost=KDF_MEMORY_KIB,
        parallelism=KDF_LANES,
        hash_len=32,
        type=Type.ID,
    )


def seal(private: Ed25519PrivateKey, secret: str) -> str:
    """The private key encrypted under ``secret``: ``k1$salt$nonce$ciphertext`` (base64)."""
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )

    salt, nonce = os.urandom(16), os.urandom(12)
    raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    box = ChaCha20Poly1305(_derive(secret, salt)).encrypt(nonce, raw, SEAL_VERSION.encode())
    parts = (salt, nonce, box)
    return "$".join([SEAL_VERSION, *(base64.b64encode(p).decode("ascii") for p in parts)])


def open_sealed(sealed: str, secret: str) -> Ed25519PrivateKey:
    """The private key inside ``sealed``, or KeyUnavailable."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    try:
        version, salt, nonce, box = sealed.split("$")
        if version != SEAL_VERSION:
            raise ValueError(version)
        key = _derive(secret, base64.b64decode(salt))
        raw = ChaCha20Poly1305(key).decrypt(
            base64.b64decode(nonce), base64.b64decode(box), SEAL_VERSION.encode()
        )
        return Ed25519PrivateKey.from_private_bytes(raw)
    except (ValueError, InvalidTag) as exc:
        raise KeyUnavailable(
            QT_TRANSLATE_NOOP(
                "domain",
                "Your signing key could not be opened, so nothing can be recorded in your "
                "name: ask a manager to reset your password.",
            )
        ) from exc


def verify(public: str, signature: str, data: bytes) -> bool:
    """Whether ``signature`` (hex) is ``public``'s (hex) signature of ``data``."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public)).verify(
            bytes.fromhex(signature), data
        )
    except (InvalidSignature, ValueError):
        return False
    return True


def fingerprint(public: str) -> str:
    """Short and readable enough to compare on paper: 16 base32 characters in 4 groups."""
    digest = hashlib.sha256(bytes.fromhex(public)).digest()
    text = base64.b32encode(digest).decode("ascii")[:16]
    return "-".join(text[i : i + 4] for i in range(0, 16, 4))
