-- POST /api/review with a typical check-in (about 60 words), as the draft editor sends it.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"text": "Hi Dana,\n\nI hope your week is going well. I am following up on the Backend Engineer process at Acme after our technical interview on Wednesday. You mentioned an update by Friday, 13 March. Is there any news you can share about the next steps?\n\nThank you for your time,\nSam", "kind": "check-in", "language": "en"}]]
