#!/usr/bin/env python3
"""Talk to ChatNomina from the terminal, through the gateway (REST), like any client.

usage: ./chatnomina chat [EMAIL]      (default ana.garcia@chatnomina.local)
env:   CHATNOMINA_GATEWAY_URL (default http://localhost:8080), CHATNOMINA_DEMO_PASSWORD
Reads one question per line; an empty line or Ctrl-D ends. Follow-ups stay in one conversation.
"""
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request

GATEWAY = os.environ.get("CHATNOMINA_GATEWAY_URL", "http://localhost:8080").rstrip("/")
PASSWORD = os.environ.get("CHATNOMINA_DEMO_PASSWORD", "ChatNomina-Demo-2026!")


def call(path, data, headers):
    request = urllib.request.Request(GATEWAY + path, data=data, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.load(response)
    except urllib.error.HTTPError as error:
        body = error.read().decode("utf-8", "replace")
        try:
            return json.loads(body)
        except ValueError:
            return {"title": f"HTTP {error.code}", "detail": body}


def main():
    user = sys.argv[1] if len(sys.argv) > 1 else "ana.garcia@chatnomina.local"
    try:
        token = call("/connect/token", urllib.parse.urlencode({
            "grant_type": "password", "username": user, "password": PASSWORD, "client_id": "chatnomina-cli",
        }).encode(), {"Content-Type": "application/x-www-form-urlencoded"})
    except urllib.error.URLError as error:
        sys.exit(f"cannot reach {GATEWAY} ({error.reason}); is the stack up? ./chatnomina up")
    if "access_token" not in token:
        sys.exit(f"sign-in as {user} failed: {token.get('error_description') or token}")
    headers = {"Authorization": "Bearer " + token["access_token"], "Content-Type": "application/json"}
    print(f"Signed in as {user}. Ask about your pay (es/en); an empty line or Ctrl-D ends.")
    conversation = None
    while True:
        try:
            line = input("> ").strip()
        except EOFError:
            break
        if not line:
            break
        body = {"message": line}
        if conversation:
            body["conversationId"] = conversation
        answer = call("/api/chat/messages", json.dumps(body).encode(), headers)
        if "text" not in answer:
            print(f"  ! {answer.get('title', 'error')}: {answer.get('detail', '')}")
            continue
        conversation = answer["conversationId"]
        context = " ".join(f"{k}={v}" for k, v in answer["context"].items() if v is not None and k != "language")
        fallback = f" fallback={answer['fallback']}" if answer["fallback"] else ""
        print(f"  {answer['text']}")
        print(f"    [{answer['intent']} {answer['confidence']:.2f}{fallback}; {context}; trace {answer['traceId']}]")


if __name__ == "__main__":
    main()
