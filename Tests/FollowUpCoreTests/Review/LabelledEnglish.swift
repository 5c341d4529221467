@testable import FollowUpCore

/// Labelled English messages, written for this project: the rules each must raise (and no others,
/// among those measured). Good messages carry no label.
enum LabelledEnglish {
    static let messages: [LabelledMessage] = [
        // Good check-ins, thank-yous, finals and alignments.
        .init(
            .checkIn,
            "Hi Dana, I am following up on the Backend Engineer process. The update was expected last Friday. Is there any news on next steps? Thanks, Ana",
            []),
        .init(
            .checkIn,
            "Hello Sam, checking in on my application for the data role. Could you let me know whether there is an update on the timeline? Best regards, Ana",
            []),
        .init(
            .checkIn,
            "Hi Priya, a short follow-up on the platform engineer process after our interview on Tuesday. Is there an update you can share? Thank you",
            []),
        .init(
            .checkIn, "Hi Leo, I hope your week is going well. I wanted to confirm whether there is any update on the SRE process. Thanks a lot", []),
        .init(
            .checkIn,
            "Hi Marta, following up on the product designer process. You mentioned a decision this week; is there any news? Kind regards, Ana", []),
        .init(
            .checkIn,
            "Hello Tom, I am writing about the analytics engineer process. When you can, would you let me know if there is an update? Cheers, Ana", []
        ),
        .init(.checkIn, "Hi Jen, how are you? I am following up on the QA lead process. Is there anything new on next steps? Thanks", []),
        .init(
            .checkIn,
            "Hi Carl, just a note on the mobile developer process. We had agreed on an update by Thursday. Could you share where things stand? Thank you",
            []),
        .init(
            .thankYou,
            "Hi Dana, thank you for the conversation today. I enjoyed talking about your move to event sourcing and I am even more interested in the role.",
            []),
        .init(
            .thankYou,
            "Hello Sam, thanks for your time this afternoon. The discussion about the billing rewrite was great, and I would love to keep going.", []),
        .init(
            .thankYou,
            "Hi Priya, I appreciated the chat about the on-call rotation and how the team handles incidents. Happy to send anything else you need.",
            []),
        .init(.thankYou, "Thank you, Leo, for walking me through the roadmap. It made the role even more appealing to me. Best, Ana", []),
        .init(
            .final,
            "Hi Marta, one last follow-up on the product designer process. I remain interested in the role. Is there any update on next steps? Thanks",
            []),
        .init(
            .final, "Hello Tom, a final note about my application for the analytics role. Could you let me know if there is any news? Best regards",
            []),
        .init(
            .alignment,
            "Hi Jen, a quick update on timing for the QA lead process: I received another offer that I must answer by 20 March. Could we align on your timeline? Thanks",
            [.r11]),
        .init(
            .alignment,
            "Hello Carl, I reached the final round elsewhere. Is there an expected date for your next step in the mobile developer process? Thank you",
            [.r11]),
        // R1 emotion.
        .init(.checkIn, "Hi Dana, I am really anxious about the Backend Engineer process. Is there any update? Thanks", [.r1]),
        .init(.checkIn, "Hi Sam, this is honestly my dream job, so I wanted to ask about the data role process. Any news? Thank you", [.r1]),
        .init(.checkIn, "Hello Priya, I really need an answer about the platform process. Is there an update? Thanks", [.r1]),
        .init(.checkIn, "Hi Leo, I have been so nervous since the SRE interview. Is there any news on the process? Thanks", [.r1]),
        .init(.checkIn, "Hi Marta, I am not nervous at all, just curious about the designer process. Any update? Thanks", [.r1]),
        .init(.checkIn, "Hi Tom, is there any update on the analytics process?!! Thanks", [.r1]),
        .init(.checkIn, "Hi Jen, the QA lead role means everything to me. Is there news on the process? Thank you", [.r1]),
        .init(.checkIn, "Hello Carl, I am losing sleep over the mobile developer process. Any update? Thanks", [.r1]),
        .init(.checkIn, "Hi Dana, my anxiety is through the roof waiting on the backend process. Is there any news? Thanks", [.r1]),
        .init(.checkIn, "Hi Sam, I feel a bit stressed about the data role process. Could you share any update? Thanks", [.r1]),
        .init(.thankYou, "Hi Priya, thank you so much, this is my dream company and I loved the talk about incidents!!", [.r1]),
        // R2 demanding.
        .init(.checkIn, "Hi Leo, it has been two weeks since the SRE interview. Is there any update on the process? Thanks", [.r2]),
        .init(.checkIn, "Hi Marta, I still have not heard anything about the designer process. Any news? Thanks", [.r2]),
        .init(.checkIn, "Hello Tom, you said you would reply by Friday about the analytics process. Is there an update? Thanks", [.r2]),
        .init(.checkIn, "Hi Jen, I have been waiting for an answer on the QA process. Is there any news? Thanks", [.r2]),
        .init(.checkIn, "Hi Carl, still no response about the mobile process. Could you tell me what is happening? Thanks", [.r2]),
        .init(.checkIn, "Hi Dana, as per my last email, is there any update on the backend process? Thanks", [.r2]),
        .init(.checkIn, "Hi Sam, nobody has gotten back to me about the data role process. Is there news? Thank you", [.r2]),
        .init(
            .checkIn, "Hello Priya, it has been quite a few days now and I still have no answer on the platform process. Any update? Thanks", [.r2]),
        .init(.checkIn, "Hi Leo, you were supposed to send feedback on the SRE process last week. Is it coming? Thanks", [.r2]),
        .init(.final, "Hi Marta, it has been a month now. Is there any update on the designer process? Thanks", [.r2]),
        // R3 immediate decision.
        .init(.checkIn, "Hi Tom, could you give me a decision by tomorrow on the analytics process? Thanks", [.r3]),
        .init(.checkIn, "Hi Jen, please let me know today whether I got the QA lead role in the process. Thank you", [.r3]),
        .init(.checkIn, "Hi Carl, I would appreciate an answer as soon as possible about the mobile process. Is that possible? Thanks", [.r3]),
        .init(.checkIn, "Hello Dana, can you make a decision on the backend process this week? Thanks", [.r3]),
        .init(.checkIn, "Hi Sam, I need your answer by Friday on the data role process. Could you confirm? Thanks", [.r2, .r3]),
        .init(.checkIn, "Hi Priya, please reply urgently about the platform process. Is there news? Thanks", [.r3]),
        // R4 resume.
        .init(.checkIn, "Hi Leo, as a reminder I have over ten years of experience with Kubernetes. Is there news on the SRE process? Thanks", [.r4]),
        .init(.checkIn, "Hi Marta, I am the perfect candidate for the designer process. Is there an update? Thanks", [.r4]),
        .init(.checkIn, "Hi Tom, my track record shows I deliver. Any update on the analytics process? Thanks", [.r4]),
        .init(.checkIn, "Hello Jen, let me highlight my testing expertise once more. Is there news on the QA process? Thanks", [.r4]),
        .init(.checkIn, "Hi Carl, I am confident that I would shine on the mobile team. Any update on the process? Thanks", [.r4]),
        .init(.thankYou, "Hi Dana, thanks for the chat. I would be a great addition to the backend team given my skills in Go and Postgres.", [.r4]),
        .init(.checkIn, "Hi Sam, my skills in dbt and Airflow fit the data role well. Any news on the process? Thanks", [.r4]),
        // R5 length.
        .init(
            .checkIn,
            "Hi Priya, I am following up on the platform engineer process, and since we last spoke I have been reading about your approach to infrastructure, and I wanted to mention that I find the way the team handles migrations and incident reviews very interesting and aligned with how I like to work. Is there any update on the next steps? Thanks",
            [.r5]),
        .init(
            .checkIn,
            "Hi Leo, following up on the SRE process. Our conversation covered on-call, tooling, budgets and the roadmap for the next year. I enjoyed each part. The team seems thoughtful. The product is growing. The challenges are real. I would like to help with them. I also liked the office. I think the commute works. The hours are fine. I hope this is useful context. Is there any update on next steps for the process? Thanks, Ana",
            [.r5]),
        // R6 over-justify.
        .init(.checkIn, "Hi Marta, sorry to bother you again about the designer process. Is there any update? Thanks", [.r6]),
        .init(.checkIn, "Hi Tom, I know you are very busy, but is there an update on the analytics process? Thanks", [.r6]),
        .init(.checkIn, "Hi Jen, I just wanted to check on the QA lead process. Any news? Thanks", [.r6]),
        .init(.checkIn, "Hello Carl, I hope I am not bothering you. Is there an update on the mobile process? Thanks", [.r6]),
        .init(.checkIn, "Hi Dana, apologies for writing again about the backend process. Is there any news? Thanks", [.r6]),
        .init(.checkIn, "Hi Sam, if it is not too much trouble, is there an update on the data process? Thanks", [.r6]),
        .init(.checkIn, "Hi Priya, I hate to ask, but is there news on the platform process? Thanks", [.r6]),
        // R7 vague.
        .init(.checkIn, "Hi Leo, hope you are well. Is there any update? Thanks", [.r7]),
        .init(.checkIn, "Hello Marta, I wanted to know if you already have an answer. Thank you", [.r7]),
        .init(.checkIn, "Hi Tom, any news on your side? Thanks a lot", [.r7]),
        .init(.checkIn, "Hi Jen, I became very interested in the role and wonder if there is news. Could you tell me? Thanks", [.r7]),
        .init(.final, "Hi Carl, one last check on whether anything has moved. Any news? Thanks", [.r7]),
        // R8 no question / several.
        .init(.checkIn, "Hi Dana, I am following up on the backend process and remain interested. Thanks", [.r8]),
        .init(.checkIn, "Hi Sam, just a note that I am still keen on the data role process. Best regards", [.r8]),
        .init(.checkIn, "Hi Priya, is there an update on the platform process? When will you decide? Who should I contact? Thanks", [.r8]),
        .init(.final, "Hi Leo, this is my final follow-up on the SRE process. All the best to the team", [.r8]),
        .init(
            .alignment, "Hi Marta, I have an offer elsewhere due on 25 March, so I wanted to share it regarding the designer process. Thanks",
            [.r8, .r11]),
        // R9 courtesy.
        .init(.checkIn, "Hi Tom, following up on the analytics engineer process. Is there any update on next steps?", [.r9]),
        .init(.checkIn, "Jen, checking on the QA lead process. Is there news?", [.r9]),
        .init(.final, "Hi Carl, last follow-up on the mobile developer process. Any update?", [.r9]),
        // R11 outside deadline.
        .init(.checkIn, "Hi Dana, another company made me an offer. Is there an update on the backend process? Thanks", [.r11]),
        .init(.checkIn, "Hi Sam, I have a deadline next week. Any news on the data process? Thanks", [.r11]),
        // Several at once.
        .init(
            .checkIn,
            "Hi, all good? I am writing since I got really interested in the job and wondered whether you have an answer yet. I feel rather anxious as I loved the company, so any news would help me a lot.",
            [.r1, .r7, .r9]),
        .init(.checkIn, "Sorry to bother you, but it has been ten days and I really need an answer today!!", [.r1, .r2, .r3, .r6, .r7, .r8, .r9]),
        .init(.checkIn, "Hi Priya, I am so anxious. I have been waiting on the platform process for weeks. Any news? Thanks", [.r1, .r2]),
        .init(.checkIn, "Hi Leo, I just wanted to say I have over eight years of experience. Is there news on the SRE process? Thanks", [.r4, .r6]),
        .init(.checkIn, "Hi Marta, you promised an answer. I need a decision by tomorrow about the designer process. Thanks", [.r2, .r3, .r8]),
        .init(.checkIn, "Tom, still no word on the analytics process. Another company is waiting on me.", [.r2, .r8, .r9, .r11]),
        .init(.checkIn, "Hi Jen, this dream role matters so much. Is there any update? Thanks", [.r1, .r7]),
        .init(.checkIn, "Hi Carl, apologies for the intrusion, I know you are busy. Is there an update on the mobile process? Thanks", [.r6]),
    ]
}
