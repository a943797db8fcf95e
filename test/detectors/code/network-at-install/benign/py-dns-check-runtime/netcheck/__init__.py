"""Checks that the service's own API host resolves, when the user asks for a diagnosis."""
import socket


def diagnose():
    return socket.gethostbyname("netcheck.api.example.test")
