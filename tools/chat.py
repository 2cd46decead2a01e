#!/usr/bin/env python3
"""Talk to ChatNomina from the terminal, through the gateway (REST), like any client.

usage: ./chatnomina chat [EMAIL]      (default ana.garcia@chatnomina.local)
env:   CHATNOMINA_GATEWAY_URL (default http://localhost:8080), CHATNOMINA_DEMO_PASSWORD
An hr account (rrhh@chatnomina.local) is asked for its one-time code after the password
(./chatnomina otp prints the demo HR account's).
Reads one question per line; an empty line or Ctrl-D ends. Follow-ups stay in one conversation.
Each message carries an Idempotency-Key, so when the connection drops or the assistant is busy
(503 + Retry-After) it is sent again safely: the server answers a retry with the stored answer.
"""
import json
import os
import sys
import time
import uuid
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


def ask(body, headers, tries=3):
    """Sends one message, retrying with the same Idempotency-Key on a lost connection or a 503."""
    headers = dict(headers, **{"Idempotency-Key": str(uuid.uuid4())})
    for attempt in range(1, tries + 1):
        request = urllib.request.Request(GATEWAY + "/api/chat/messages", data=json.dumps(body).encode(),
                                         headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return json.load(response)
        except urllib.error.HTTPError as error:
            text = error.read().decode("utf-8", "replace")
            retry_after = error.headers.get("Retry-After")
            if error.code != 503 or attempt == tries:
                try:
                    return json.loads(text)
                except ValueError:
                    return {"title": f"HTTP {error.code}", "detail": text}
            wait = min(int(retry_after), 10) if retry_after and retry_after.isdigit() else 2
        except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
            if attempt == tries:
                return {"title": "no answer", "detail": f"{GATEWAY} did not answer ({error})"}
            wait = 2
        print(f"  … no answer yet, trying again in {wait} s")
        time.sleep(wait)


def main():
    user = sys.argv[1] if len(sys.argv) > 1 else "ana.garcia@chatnomina.local"
    grant = {"grant_type": "password", "username": user, "password": PASSWORD, "client_id": "chatnomina-cli"}
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    try:
        token = call("/connect/token", urllib.parse.urlencode(grant).encode(), form)
        if token.get("mfa_required") is True:
            # The password is right; hr and admin accounts also give the code of their authenticator app.
            try:
                grant["otp"] = input("One-time code (6 digits; ./chatnomina otp prints the demo HR account's): ").strip()
            except EOFError:
                sys.exit(f"sign-in as {user} needs a one-time code")
            token = call("/connect/token", urllib.parse.urlencode(grant).encode(), form)
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
        answer = ask(body, headers)
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
