@testable import FollowUpCore

/// Sentences written for this project, one shape each, with the tone rule each must raise
/// (`nil`: a calm sentence that must raise none). `ConstructionTests` holds the reviewer to
/// them and `Benchmarks/accuracy/train_scorer.py` reads them as sentence-level training data.
enum ToneSentences {
    static let english: [(String, ReviewRuleID?)] = [
        ("It's been ages since anyone got back to me.", .r2),
        ("Four days on, and your team has gone completely silent.", .r2),
        ("I'm still waiting on that answer you promised.", .r2),
        ("Not one email, not one call.", .r2),
        ("You told me Friday and here we are on Wednesday.", .r2),
        ("Frankly this delay is unacceptable.", .r2),
        ("I expect a response by end of day.", .r2),
        ("Is anyone actually reading my emails?", .r2),
        ("Hello? Anyone there?", .r2),
        ("I was told I'd hear back within a week, and that was a month ago.", .r2),
        ("Seriously, what is taking so long?", .r2),
        ("If I don't hear from you by Monday I will withdraw my application.", .r2),
        ("I have followed up three times now without a single reply.", .r2),
        ("Surely a quick yes or no isn't too much to ask.", .r2),
        ("Kindly respond at your earliest, as I have been more than patient.", .r2),
        ("Your silence speaks volumes.", .r2),
        ("It is now two weeks past the date you gave me.", .r2),
        ("I find it disrespectful to leave candidates hanging like this.", .r2),
        ("Still nothing on my end.", .r2),
        ("Why is this taking so long?", .r2),
        ("I've been a nervous wreck since the interview.", .r1),
        ("I keep refreshing my email every five minutes.", .r1),
        ("Waiting is killing me.", .r1),
        ("I'm so worried I blew it.", .r1),
        ("This job would change my life.", .r1),
        ("I really, really want this.", .r1),
        ("I haven't slept properly since Tuesday.", .r1),
        ("I'm on the edge of my seat here!", .r1),
        ("I'd be devastated if I didn't get it.", .r1),
        ("Please, I need this opportunity so much.", .r1),
        ("I've been feeling really down about my search lately.", .r1),
        ("My family is counting on me landing this.", .r1),
        ("I was heartbroken to read your email.", .r1),
        ("I am desperate to hear anything at all.", .r1),
        ("Every day without news makes me more anxious.", .r1),
        ("Please let me know your final decision by tomorrow.", .r3),
        ("I would appreciate a decision before the end of the week.", .r3),
        ("Can you confirm today whether I got the job?", .r3),
        ("I need to know by Thursday whether to accept another offer.", .r3),
        ("Could you decide by Friday?", .r3),
        ("Apologies for the repeated emails.", .r6),
        ("Sorry if this is a nuisance.", .r6),
        ("I hope I'm not being a pain by asking again.", .r6),
        ("Forgive me for chasing.", .r6),
        ("I know how busy things must be on your side.", .r6),
        ("Thanks again for your time on Tuesday.", nil),
        ("I enjoyed hearing about how the team ships every week.", nil),
        ("Is there anything else you need from me?", nil),
        ("I look forward to hearing about next steps.", nil),
        ("Could you share the expected timeline for a decision?", nil),
        ("I wanted to let you know I am still very interested.", nil),
        ("Our conversation about incident reviews stayed with me.", nil),
        ("We agreed you would have news by Friday; is there an update?", nil),
        ("I am happy to wait; just let me know if plans change.", nil),
        ("No rush at all, whenever you have a moment.", nil),
        ("I noticed the posting was updated and wondered if the timeline moved.", nil),
        ("Please let me know if any references would help.", nil),
        ("I will be travelling next week but can still take calls.", nil),
        ("The take-home exercise was fun to work through.", nil),
        ("Three follow-ups and zero replies so far.", .r2),
        ("I was promised feedback last Tuesday and have received none.", .r2),
        ("At this point I would at least expect the courtesy of a reply.", .r2),
        ("Can someone please tell me what is going on with my application?", .r2),
        ("Nobody seems to care about getting back to candidates.", .r2),
        ("This is the worst hiring process I have ever been through.", .r2),
        ("You have had my application for six weeks.", .r2),
        ("I've emailed you twice this week with no reply.", .r2),
        ("Just tell me yes or no already.", .r2),
        ("Respond today or I will take the other offer.", .r2),
        ("I was under the impression you would have decided by now.", .r2),
        ("Why hasn't anyone contacted me yet?", .r2),
        ("It has now been over a fortnight.", .r2),
        ("Thanks for nothing.", .r2),
        ("How hard is it to send a one-line email?", .r2),
        ("I'm terrified I said something wrong in the interview.", .r1),
        ("I can hardly focus on anything else.", .r1),
        ("This role is everything I have ever wanted.", .r1),
        ("Honestly the waiting has been torture.", .r1),
        ("I've been crying since I got your email.", .r1),
        ("I'm begging you to reconsider.", .r1),
        ("I feel so lost without a job.", .r1),
        ("I am beyond stressed about money right now.", .r1),
        ("Not hearing back has made me really insecure.", .r1),
        ("I would do literally anything for this position.", .r1),
        ("My nerves are shot.", .r1),
        ("I'm freaking out a little.", .r1),
        ("Please give me your answer by noon tomorrow.", .r3),
        ("I must ask for a final decision within 48 hours.", .r3),
        ("Let me know by tonight if I am in.", .r3),
        ("I'm sorry for being such a pest.", .r6),
        ("I hate bothering you with this.", .r6),
        ("I understand you're probably swamped.", .r6),
        ("Thank you for the clear overview of the role.", nil),
        ("I wanted to follow up on the timeline you shared.", nil),
        ("If the schedule has shifted, I completely understand.", nil),
        ("Please let me know if you need anything else from me.", nil),
        ("It was great to meet the whole team.", nil),
        ("I am excited about the chance to work on the payments platform.", nil),
        ("When you have a moment, could you share any update?", nil),
        ("Thanks for letting me know about the delay.", nil),
        ("I appreciate you keeping me in the loop.", nil),
        ("I have attached the portfolio we discussed.", nil),
        ("Looking forward to the next conversation.", nil),
        ("Could we find a time for the final round next week?", nil),
        ("I am still keen on the position and happy to answer any questions.", nil),
        ("The hiring manager mentioned a decision by the end of the month.", nil),
        ("Hope the offsite went well.", nil),
        ("Two months and I am still in the dark.", .r2),
        ("Would it kill you to send a quick update?", .r2),
        ("I have now chased this four times.", .r2),
        ("Your recruiter swore I'd have an answer by Monday.", .r2),
        ("A simple courtesy email would have been nice.", .r2),
        ("I don't appreciate being ghosted.", .r2),
        ("Answer me, please.", .r2),
        ("Clearly my time means nothing to your company.", .r2),
        ("I should not have to keep asking.", .r2),
        ("Five weeks, zero communication.", .r2),
        ("Let's be honest, you forgot about me.", .r2),
        ("I'm tired of waiting for your team.", .r2),
        ("My stomach is in knots waiting for news.", .r1),
        ("I'm a bundle of nerves.", .r1),
        ("I have been so down since the interview.", .r1),
        ("This would be a dream come true.", .r1),
        ("I really can't afford to lose this chance.", .r1),
        ("Please don't let me down.", .r1),
        ("I'm praying every day that you pick me.", .r1),
        ("I haven't been able to think about anything else.", .r1),
        ("I feel like a failure.", .r1),
        ("I'm anxious to the point of feeling sick.", .r1),
        ("I need your decision today.", .r3),
        ("Please decide by Wednesday at the latest.", .r3),
        ("I'm so sorry to keep pestering you.", .r6),
        ("I know I'm probably being annoying.", .r6),
        ("I hope the quarter-end rush has calmed down.", nil),
        ("I would be glad to provide references.", nil),
        ("It was a pleasure discussing the migration plan.", nil),
        ("Is there a good time for a quick call next week?", nil),
        ("I am writing to check on the status of the analyst role.", nil),
        ("You mentioned the team would decide after the offsite; is there news?", nil),
        ("Thanks for your patience while I gathered the documents.", nil),
        ("I have no further questions for now.", nil),
        ("Happy to adjust my availability if that helps.", nil),
        ("I enjoyed the whiteboard session and the questions on caching.", nil),
        ("I've been left hanging for nearly three weeks.", .r2),
        ("Your HR department clearly doesn't read its email.", .r2),
        ("I'm not sure why it is so hard to get a straight answer.", .r2),
        ("Please stop ignoring my messages.", .r2),
        ("You said end of month; it's the 9th.", .r2),
        ("This is now my fourth attempt to reach someone.", .r2),
        ("I would like an explanation for the delay.", .r2),
        ("Some acknowledgement would be the bare minimum.", .r2),
        ("I need you to get back to me today.", .r2),
        ("How many more weeks do I have to wait?", .r2),
        ("I'm honestly scared I'll never find work.", .r1),
        ("Please, please, please pick me.", .r1),
        ("I'm at my wits' end.", .r1),
        ("I can't take much more of this uncertainty.", .r1),
        ("I've been checking my phone all weekend.", .r1),
        ("This opportunity means the world to me and my kids.", .r1),
        ("I am so hurt that nobody replied.", .r1),
        ("Getting this job would be the answer to my prayers.", .r1),
        ("I am shaking as I write this.", .r1),
        ("I feel completely hopeless about my job search.", .r1),
        ("I'll need a firm answer from you by 5pm.", .r3),
        ("Can you make the call on my application today?", .r3),
        ("Sorry to be a bother once more.", .r6),
        ("I feel terrible for emailing again so soon.", .r6),
        ("Thank you for walking me through the on-call setup.", nil),
        ("I wanted to check whether the timeline we discussed still holds.", nil),
        ("I am still very interested and available for any further steps.", nil),
        ("If it helps, I can share a short write-up of the design we discussed.", nil),
        ("Could you let me know if there is anything pending on my side?", nil),
        ("I understand these decisions take time.", nil),
        ("Enjoy the long weekend.", nil),
        ("I look forward to your feedback whenever it is ready.", nil),
        ("Please send my thanks to the panel as well.", nil),
        ("We spoke about a decision by the 20th; is that still the plan?", nil),
        ("Eleven days and counting.", .r2),
        ("I've sent three emails into the void.", .r2),
        ("You guys said you'd call. You didn't.", .r2),
        ("I'm beginning to think you never intended to reply.", .r2),
        ("Do you treat all your candidates this way?", .r2),
        ("Please have the decency to let me know either way.", .r2),
        ("I'll expect your call first thing tomorrow.", .r2),
        ("It's frankly embarrassing for a company your size.", .r2),
        ("I've been a mess all week.", .r1),
        ("I'm scared this was my last shot.", .r1),
        ("I keep replaying the interview in my head.", .r1),
        ("Without this job I don't know how we'll manage.", .r1),
        ("I'm heartbroken and confused.", .r1),
        ("Please, I'm begging you, give me a chance.", .r1),
        ("I want your decision on my desk by Monday.", .r3),
        ("I'm really sorry to trouble you yet again.", .r6),
        ("Thanks for the thoughtful questions about my last project.", nil),
        ("I hope your trip to the Berlin office went smoothly.", nil),
        ("Could you confirm whether the role is still open?", nil),
        ("I can start in March if that works for the team.", nil),
        ("Please let me know if a different format for the references would help.", nil),
        ("I look forward to the technical round.", nil),
        ("Is there any update you are able to share?", nil),
        ("I appreciate the transparency about the budget timing.", nil),
        (
            "Hi Tom. I interviewed on the 3rd and was told a decision would come within days. It has now been nearly a month. I'd appreciate the basic respect of an update.",
            .r2
        ),
        (
            "Hello. I have reached out several times regarding the analyst role and heard nothing back. Frankly I expected better from a company like yours.",
            .r2
        ),
        ("Hi. As mentioned in my last two emails, I am still waiting for feedback. Please advise ASAP.", .r2),
        ("Good morning. I'm following up yet again. Is there a reason nobody has replied to me?", .r2),
        ("Dear Sam, I wanted to remind you that you promised to call me last week. I kept my phone on all day.", .r2),
        ("Hi Dana. I just can't stop thinking about the interview. I really hope I did enough, this would mean so much to me.", .r1),
        ("Hello. I'm sorry to bother you but I'm anxious to know where I stand. Every day without news is hard.", .r1),
        ("Hi. I know it's early, but I'm so excited and nervous that I had to write. Any news at all?", .r1),
        ("Dear Ana, please consider me. I have been out of work for eight months and I'm running out of savings.", .r1),
        ("Hi. I'd be over the moon to join your team, it's honestly all I think about these days.", .r1),
        (
            "Hi Dana, thank you again for Tuesday's conversation. I enjoyed learning about the reliability work. Is there any update on next steps? Best, Leo",
            nil
        ),
        (
            "Hello Sam, I'm following up on the data engineer process. We had discussed a decision by Friday; could you share where things stand? Thanks",
            nil
        ),
        (
            "Hi Priya, just a short note to say I'm still very interested in the platform role. Please let me know if you need anything else. Kind regards",
            nil
        ),
        ("Dear Tom, thanks for the update on the timeline. I'll wait to hear from you after the board meeting. All the best", nil),
        (
            "Hi Carla. I submitted everything you asked for two weeks ago. Since then, silence. I'd like to know if the role is still open or if I'm wasting my time.",
            .r2
        ),
        ("Hello, this is my third message about the designer role. I understand you're busy, but a one-line answer isn't much to ask.", .r2),
        ("Hi Mark, you assured me on the phone that I'd hear back by Monday. It's Thursday. What happened?", .r2),
        ("Hi, please give me a straight answer on whether I'm still being considered. I can't keep my life on hold.", .r2),
        ("Hi Jo, I hope you don't mind me writing again. I'm really nervous about the outcome and would love any news.", .r1),
        ("Hello Mark, this role is my dream and I'd be crushed not to get it. Please keep me in mind.", .r1),
        ("Hi. Since our call I've been checking my email nonstop. I really need some good news right now.", .r1),
        ("Hi Dana, sorry for the long message. I've had a tough year and this job would turn things around for my family.", .r1),
        (
            "Hi Carla, I hope your week is going well. I'm checking in on the designer role; is there an updated timeline you can share? Thank you, Leo",
            nil
        ),
        (
            "Hello Mark, thank you for the interview on Monday. Our discussion about onboarding flows was great, and I'm even more interested in the role. Best, Ana",
            nil
        ),
        ("Hi Jo, following up on the analyst process. You mentioned the team would decide this week; is there any news? Thanks", nil),
        (
            "Hi Dana, I received another offer with a deadline on the 20th. I'd much rather join your team; is there any chance of an update before then? Thanks",
            nil
        ),
        (
            "Hi Paula, I was told feedback would follow the panel. It's been ten business days. At this point I'd at least like to know whether the role has been filled.",
            .r2
        ),
        ("Hello, I have now sent my availability three times without confirmation. Could someone on your team actually schedule the call?", .r2),
        ("Hi Ben, your recruiter said I'd get an offer letter on Friday. I still haven't seen anything. What's the holdup?", .r2),
        ("Hi, I find it unprofessional that I had to chase you for a response after four interviews.", .r2),
        ("Hi Paula, I have to admit I've been really anxious since the panel. Even a quick word would put my mind at rest.", .r1),
        ("Hello Ben, I'm honestly devastated by the news. I really thought I was the one.", .r1),
        ("Hi, I can't sleep thinking about whether I said the wrong thing about my last job.", .r1),
        ("Hi, I'll be honest, money is very tight and this offer would be a lifeline for us.", .r1),
        (
            "Hi Paula, thank you for organising the panel on Tuesday. I enjoyed the questions about data pipelines and I'm keen to continue. Best, Ana",
            nil
        ),
        (
            "Hello Ben, thanks for letting me know about the decision. I appreciated the process and would be glad to be considered for future roles. Kind regards",
            nil
        ),
        ("Hi, a quick note on the backend role: is there any update on the timeline we discussed? Thank you", nil),
        // 9th set, measured before the constructions were widened for it.
        ("I've been on pins and needles all week.", .r1),
        ("Not knowing is the hardest part for me.", .r1),
        ("I'm trying not to get my hopes up, but I can't help it.", .r1),
        ("Fingers crossed!!! I want this so badly.", .r1),
        ("I'll be honest, this role means the world to me.", .r1),
        ("I've been out of work for eight months and my savings are almost gone.", .r1),
        ("I can hardly concentrate on anything else.", .r1),
        ("Please don't forget about me.", .r1),
        ("I would do anything to be part of your team.", .r1),
        ("Any news at all would put my mind at ease.", .r1),
        ("I hope I didn't mess things up in the second round.", .r1),
        ("It's been a rough year and this would mean so much.", .r1),
        ("I'm kind of freaking out a little, to be honest.", .r1),
        ("I can't afford to lose this chance.", .r1),
        ("This is my dream company and I've wanted to work there since college.", .r1),
        ("I'm begging you, give me a shot.", .r1),
        ("I feel like I'm losing my mind waiting.", .r1),
        ("My heart sank when I didn't see an email from you today.", .r1),
        ("I just need some reassurance that I'm still in the running.", .r1),
        ("Honestly the waiting has been unbearable.", .r1),
        ("I'd appreciate the courtesy of a reply.", .r2),
        ("Is it really that hard to send a two-line email?", .r2),
        ("You said end of last week. It's Tuesday.", .r2),
        ("At this point I've sent four emails.", .r2),
        ("I have been more than flexible with your schedule.", .r2),
        ("This is the third time I'm writing.", .r2),
        ("A month has gone by with no word.", .r2),
        ("Could somebody please just tell me where things stand?", .r2),
        ("I need an answer by tomorrow or I will go elsewhere.", .r2),
        ("Your recruiter promised to call me last week and never did.", .r2),
        ("Candidates deserve better than this.", .r2),
        ("I shouldn't have to chase you for an update.", .r2),
        ("Do you plan on getting back to me at all?", .r2),
        ("I'm starting to think you've forgotten about me.", .r2),
        ("Please get back to me today.", .r2),
        ("Frankly, I'm surprised no one has followed up.", .r2),
        ("Ten days without an update is not acceptable.", .r2),
        ("I'd like to know today whether you're making me an offer.", .r3),
        ("Could you give me your final answer by Monday?", .r3),
        ("Please make a decision this week.", .r3),
        ("I apologise for reaching out yet again.", .r6),
        ("I feel bad emailing you again so soon.", .r6),
        ("Forgive me for the persistence.", .r6),
        ("I don't mean to be a bother, but is there news?", .r6),
        ("I realise I'm probably one of hundreds of applicants.", .r6),
        ("I'm sure you have more important things to deal with.", .r6),
        ("I enjoyed learning about the team's plans for the new platform.", nil),
        ("I remain very interested in the role.", nil),
        ("Thank you again for your time on Tuesday.", nil),
        ("Please let me know if any other information would be helpful.", nil),
        ("I wanted to follow up on my interview for the analyst position on March 3.", nil),
        ("I understand these processes take time.", nil),
        ("I'm happy to provide references whenever needed.", nil),
        ("Looking forward to hearing from you.", nil),
        ("Could you let me know if the timeline has changed?", nil),
        ("I interviewed two weeks ago and would love to hear about next steps.", nil),
        ("Is there anything else I can share that would help with the decision?", nil),
        ("Do you know roughly when a decision will be made?", nil),
        ("I was glad to hear the team is growing so quickly.", nil),
        ("If it helps, I am free any afternoon next week for another conversation.", nil),
        ("Our conversation about the data migration stayed with me.", nil),
        // 10th set (whole messages), measured before the constructions were widened for it.
        (
            "Hi Marcus, I interviewed for the logistics coordinator job on the 4th. Nobody has reached out since, which is a bit disappointing given how keen everyone seemed. Can I get an update?",
            .r2
        ),
        (
            "Hello Priya, just checking in on the UX role. I have to admit I've been refreshing my phone all weekend hoping for good news. Anything you can share would help me relax.",
            .r1
        ),
        (
            "Dear hiring team, I was promised feedback within five business days and it's now been twelve. I'd like to understand what happened. Regards, Sam",
            .r2
        ),
        (
            "Hi Tom, thank you again for Thursday. To be honest this would be a huge turning point for me after a really difficult few months. I hope you'll give me the chance.",
            .r1
        ),
        ("Hi Lena, I've emailed twice and left a voicemail with no response. Could you at least confirm whether the position is still open?", .r2),
        (
            "Hi Joel, sorry to be a pain, I know you have a lot on your plate. Just wondering if there is any news on the analyst role? Apologies again.",
            .r6
        ),
        (
            "Hi Grace, I'm very interested in the role. Since I need to plan my next steps, please let me have your decision by Wednesday. Thanks, Omar",
            .r3
        ),
        (
            "Hi Dana, I keep going over our conversation in my head and wondering if I said something wrong. Is there any update on the designer position?",
            .r1
        ),
        ("Hello, it's frustrating to be kept waiting without any word from your side. When will someone finally get back to me?", .r2),
        ("Hi Ken, I really hope I get this one. I've had so many rejections lately that I'm starting to lose confidence. Any news on your end?", .r1),
        ("Hi Mia, I'm following up for the fourth time about the support engineer role. A simple reply would be appreciated.", .r2),
        (
            "Hi Ana, I hope I'm not overstepping by writing again. I completely understand if you haven't had a chance to look at things yet. Is there an update?",
            .r6
        ),
        (
            "Hi Marcus, thank you again for the conversation on the 4th about the logistics coordinator role. Is there an updated timeline for the next step? Best, Jordan",
            nil
        ),
        (
            "Hello Priya, I enjoyed hearing how the design team runs its research sprints. I remain very interested in the UX role and would be glad to share more work samples. Kind regards",
            nil
        ),
        (
            "Dear hiring team, you mentioned feedback within five business days after my interview on the 2nd. Is there an update you can share? Regards, Sam",
            nil
        ),
        (
            "Hi Grace, I have received another offer that I need to answer by Friday. I would much prefer to join your team; is there any way to learn where I stand before then? Thanks, Omar",
            nil
        ),
        ("Hi Ken, I hope your week is going well. Following up on the data engineer role: is there anything else you need from me? Best, Lee", nil),
        (
            "Hi Lena, I know hiring takes time, so no rush. I wanted to reconfirm my interest in the support role and ask whether there is an update on timing. Thank you, Pat",
            nil
        ),
        // 11th set, measured before the constructions were widened for it.
        ("I haven't received any feedback and it's been over two weeks, which is frankly unprofessional.", .r2),
        ("I was really hoping to hear something by now.", .r2),
        ("Please put me out of my misery.", .r1),
        ("I guess I didn't get it then?", .r1),
        ("Should I take the silence as a no?", .r2),
        ("I'm beginning to feel like I've been forgotten.", .r1),
        ("I don't want to seem pushy, but is there any news?", .r6),
        ("Just following up AGAIN on the role.", .r1),
        ("I have other companies interested in me, so please decide soon.", .r3),
        ("I'd hate for this opportunity to slip away.", .r1),
        ("I've turned down other interviews for this one.", .r1),
        ("I put all my eggs in this basket.", .r1),
        ("I keep telling myself no news is good news.", .r1),
        ("What's the status? It's been forever.", .r2),
        ("Kindly expedite the process.", .r2),
        ("Waiting eagerly to hear from you!!", .r1),
        ("I would love, love, love to join your team.", .r1),
        ("At this stage a reply of any kind would be appreciated.", .r2),
        ("This uncertainty is really getting to me.", .r1),
        ("Sorry for the extra email, I know this is probably annoying.", .r6),
        ("I'm writing to follow up on my application for the data analyst role.", nil),
        ("Please let me know if there's anything I can clarify.", nil),
        ("I appreciate the update on the timeline.", nil),
        ("I'm still very interested and happy to answer any questions.", nil),
        ("Would it be possible to share where the process stands?", nil),
        ("I hope the hiring process is going smoothly.", nil),
        ("Thanks for the quick reply last week about the panel format.", nil),
        ("If the timeline has moved, no problem; I'd just like to plan around it.", nil),
        // 12th set (whole messages), measured before the constructions were widened for it.
        (
            "Hi Sara, I hope you're well. I've been thinking about our conversation nonstop and I really can't wait to hear back. This position is honestly all I want right now. Best, Tom",
            .r1
        ),
        (
            "Hello Mark, I sent my portfolio ten days ago as requested and I'm still sitting here with no confirmation it was even opened. Please advise. Leo",
            .r2
        ),
        (
            "Hi Jen, circling back a third time on the QA role. It would be great if someone could finally let me know where things are. Thanks, Ray",
            .r2
        ),
        (
            "Dear Ms. Park, I wanted to reach out because I'm really struggling to stay positive after so many rejections this year. Is there any update on the coordinator role? Warm regards, Ivy",
            .r1
        ),
        (
            "Hi Ben, I'm so sorry to trouble you again and I completely understand if you're swamped. I only wanted to ask, if it isn't too much, whether there's news. Apologies, Kim",
            .r6
        ),
        ("Hi Olga, thanks again for Monday. I'm weighing another offer and need your final decision by tomorrow noon. Regards, Sam", .r3),
        ("Hi Rita, just a quick note: I can't tell you how much this means to me. My whole family is rooting for me! Any update? Eli", .r1),
        (
            "Hello, I was told a decision would be made last Friday. It is now Wednesday and I have heard nothing, which is disappointing. Can you look into it? Nora",
            .r2
        ),
        (
            "Hi Sara, thank you for walking me through the roadmap on Tuesday. I enjoyed the discussion about onboarding and remain keen on the role. Is there an update on next steps? Best, Tom",
            nil
        ),
        (
            "Hello Mark, I sent my portfolio on the 3rd as requested. Could you confirm it reached the team, and whether anything else would be useful? Thanks, Leo",
            nil
        ),
        (
            "Hi Olga, thanks again for Monday. I have received another offer with a deadline of Friday the 20th; your team is my first choice, so I wanted to ask whether a timeline is possible. Regards, Sam",
            nil
        ),
        (
            "Hi Rita, following up on the design role we discussed on the 12th. I'm still very interested and happy to share more samples. Is there any news on timing? Eli",
            nil
        ),
        // 13th set, measured before the constructions were widened for it ("I know the team had a busy quarter",
        // written as calm, is the "I know you are busy" hedge SPEC names, and is kept as R6).
        ("Other companies have managed to reply within a day, so I'm not sure what the holdup is here.", .r2),
        ("I assume you've had plenty of time to review my application by now.", .r2),
        ("Not to be rude, but a simple update shouldn't take this long.", .r2),
        ("I'd rather hear a no than nothing at all.", .r2),
        ("I'm giving you until Friday before I move on.", .r2),
        ("I've already told my friends I'm joining your team.", .r1),
        ("I've been checking the careers page every hour in case the role disappears.", .r1),
        ("Honestly I'm scared I won't find anything else.", .r1),
        ("If I don't get this, I really don't know where I'll go next.", .r1),
        ("I'd be heartbroken to miss out on this.", .r1),
        ("I realise I'm probably overstepping by writing again.", .r6),
        ("Forgive the long email, I tend to ramble when I'm nervous.", .r6),
        ("I need you to confirm the offer today so I can resign from my current job.", .r3),
        ("I'd be glad to hear about the next steps whenever the team is ready.", nil),
        ("Thank you for letting me know the decision has moved to next week.", nil),
        ("I know the team had a busy quarter; the role still interests me a great deal.", .r6),
        ("I'm available for a follow-up call on Thursday or Friday morning.", nil),
        ("If there's anything I can send to help the panel, let me know.", nil),
        // 14th set (whole messages), measured before the constructions were widened for it.
        (
            "Hi Dana, just following up on the analyst interview. To be honest I haven't slept properly since Tuesday wondering how it went. Did I say something that put the panel off? Thanks, Omar",
            .r1
        ),
        (
            "Hello Ms. Ortiz, I wanted to check in about the nurse educator role. My savings are almost gone and my family is counting on me landing something this month. Any news would mean the world. Kind regards, Bea",
            .r1
        ),
        (
            "Hi Paul, I'm on pins and needles over here! Any word on the designer position? I would be crushed to miss out on this one. Cheers, Nat",
            .r1
        ),
        (
            "Dear Helen, I hope all is well. I can't help feeling I've been forgotten in all this, and it's weighing on me more than I expected. Is there an update on the role? Sincerely, Raj",
            .r1
        ),
        ("Hi Tom, quick note on the support lead role. Please put me out of my misery, I'm refreshing my inbox every ten minutes. Thanks, Gil", .r1),
        (
            "Hi Carla, I interviewed for the sales role three weeks ago and I think I deserve to know where I stand by now. Please get back to me today. Regards, Vic",
            .r2
        ),
        ("Hello, is anyone actually reading these emails? I've written twice about the developer position with no reply at all. Frank", .r2),
        (
            "Dear hiring team, leaving candidates hanging like this is unprofessional. I expect a decision on my application by the end of the week. J. Moss",
            .r2
        ),
        ("Hi Greg, following up again. Why hasn't anyone gotten back to me about the operations role? Let me know ASAP. Lin", .r2),
        ("Hi Susan, I have another offer on the table, so I need your answer by Thursday or I'll have to take it. Best, Dev", .r2),
        (
            "Dear Mr. Lee, frankly the process so far has been disorganized, and I'd like a clear answer on whether I'm still being considered. Thank you, Ana",
            .r2
        ),
        (
            "Hi Rosa, I'm so sorry to write again, I know you must be swamped and I hate being a pest. I just wondered if there's any news about the editor role whenever you have a moment. Apologies again, Sam",
            .r6
        ),
        (
            "Hello Jim, forgive me for bothering you once more, and please ignore this if it's a bad time, I really don't want to be a nuisance. Is there an update? Many thanks, Lou",
            .r6
        ),
        ("Hi Eve, any news yet? I'm going crazy waiting and I keep replaying every answer I gave. This job is everything to me. Best, Kai", .r1),
        (
            "Hi Dana, thanks again for the time on Tuesday. I enjoyed learning about the team's plans for next year. Is there an update on the timeline for the analyst role? Best, Omar",
            nil
        ),
        (
            "Hello Ms. Ortiz, I hope your week is going well. I'm still very interested in the nurse educator role and happy to send anything else that would help. Kind regards, Bea",
            nil
        ),
        (
            "Hi Paul, following up on the designer interview from last Thursday. I've attached the case study we discussed. Looking forward to hearing about next steps. Cheers, Nat",
            nil
        ),
        (
            "Hi Greg, I wanted to check whether there's news on the operations role. If it helps, I'm available for another conversation any day next week. Thanks, Lin",
            nil
        ),
        (
            "Dear Mr. Lee, thank you for the interview on the 3rd. I know hiring takes time; could you share when you expect to decide? Thank you, Ana",
            nil
        ),
        (
            "Hi Susan, a quick update: I've received another offer with a deadline of next Friday. Your team is still my first choice, so I wanted you to know. Best, Dev",
            nil
        ),
        // 15th set, measured before the constructions were widened for it.
        ("I've been a nervous wreck all week waiting for your call.", .r1),
        ("My stomach drops every time my phone buzzes.", .r1),
        ("I keep wondering whether I blew my chance in the second round.", .r1),
        ("Getting this job would finally prove to my parents that I made the right choice.", .r1),
        ("I'm trying not to get my hopes up, but it's hard.", .r1),
        ("It has been a really rough stretch since I was laid off in March.", .r1),
        ("I haven't been able to think about anything else since Friday.", .r1),
        ("I feel like I'm in limbo.", .r1),
        ("I would be heartbroken if it turned out to be a no.", .r1),
        ("Please, I just need one person to give me a chance.", .r1),
        ("I'm honestly at the end of my rope with this search.", .r1),
        ("I'd like a straight answer this time.", .r2),
        ("Could someone please have the decency to tell me if the role is filled?", .r2),
        ("I'm giving you until Monday to respond before I withdraw.", .r2),
        ("I shouldn't have to chase you for an update.", .r2),
        ("Two weeks is more than enough time to make a decision.", .r2),
        ("Your recruiter promised me feedback and never delivered.", .r2),
        ("I need to hear back from you by close of business tomorrow.", .r2),
        ("At this point a simple yes or no is all I'm asking for.", .r2),
        ("Surely someone over there can give me an answer.", .r2),
        ("I realize I'm probably being a pain by writing again.", .r6),
        ("I totally understand if I'm not a priority for you right now.", .r6),
        ("Apologies for the follow-up, I know your inbox must be overflowing.", .r6),
        ("I wanted to share a short article on onboarding that came up in our conversation.", nil),
        ("Thank you again for walking me through the team's roadmap on Tuesday.", nil),
        ("Is there anything else you need from me before the next round?", nil),
        ("I'm still very interested and happy to provide references.", nil),
        ("Could you let me know the expected timeline for a decision?", nil),
        ("I have a scheduled trip next week but can take a call any afternoon.", nil),
        // 16th set, measured before the constructions were widened for it ("I can't wait to hear", written as calm,
        // is the over-eagerness R1 names).
        ("Every day without news feels like a week.", .r1),
        ("I've been second-guessing everything I said in the interview.", .r1),
        ("I'm scared this will end up like the last three processes.", .r1),
        ("Not knowing where I stand is eating away at me.", .r1),
        ("I've turned down other interviews because I was so sure about this one.", .r1),
        ("You have no idea how much I need some good news right now.", .r1),
        ("I just want to know if I should keep hoping.", .r1),
        ("My confidence has taken a real hit these past weeks.", .r1),
        ("I was told I'd hear back within five business days, and that was two weeks ago.", .r2),
        ("I'm not sure why this is taking so long.", .r2),
        ("Please do me the courtesy of a reply.", .r2),
        ("I've now followed up three times without so much as an acknowledgement.", .r2),
        ("Kindly update me on the status by tomorrow morning.", .r2),
        ("If the position has been filled, just say so.", .r2),
        ("It really shouldn't be this hard to get an update.", .r2),
        ("Sorry, I know this is probably the last thing you need in your inbox.", .r6),
        ("I don't want to come across as impatient, so feel free to ignore this.", .r6),
        ("I'm excited about the chance to help the team launch the new app.", nil),
        ("I need to let you know that my notice period is four weeks.", nil),
        ("I hope the offsite went well last week.", nil),
        ("I'd be glad to answer any other questions by phone or email.", nil),
        ("I'm available until 6 pm on weekdays if a call suits you better.", nil),
        ("The limit on my side is the start date, which could be any time after March 1.", nil),
        ("I can't wait to hear what the team decides, and thanks again for your time.", .r1),
        ("Since we spoke, I finished the certification I mentioned.", nil),
        ("Please let me know if anything has changed on your end.", nil),
        ("I appreciate your time and the clear picture of the role.", nil),
        // 17th set: whole messages written as calm; those relabelled name what SPEC R2 and R6 list
        // ("it has been N days", "I have been waiting", "I just wanted to"), and none other raised a tone rule.
        (
            "Hi Priya, it's been two weeks since our conversation, so I wanted to check in on the product manager role. Is there any news on the timeline? Thanks, Jordan",
            .r2
        ),
        (
            "Hello Mr. Grant, I hope you had a good week. I'm still very interested in the accountant position and wondered whether there's an update you can share. Best regards, Ellen",
            nil
        ),
        (
            "Hi Tomás, thank you for the interview last Monday. You mentioned a decision around the 15th; I'm writing to see whether that is still the plan. All the best, Ruth",
            nil
        ),
        (
            "Dear Ms. Clarke, I wanted to let you know I've received an offer from another company that I need to answer by the 20th. Your team remains my first choice; is there any chance of an update before then? Kind regards, Owen",
            nil
        ),
        (
            "Hi Alex, I just wanted to follow up on the data engineer role. If you need anything else from me, such as references or work samples, I'm happy to send them. Thanks, Mia",
            .r6
        ),
        (
            "Hi Sam, hope you're doing well! I enjoyed meeting the team last Thursday and I'm excited about the work on the billing platform. Any update on next steps? Cheers, Noor",
            nil
        ),
        (
            "Hello Karen, I know the hiring process can take a while, and I appreciate the care your team is putting into it. Could you tell me roughly when you expect to decide? Thank you, Paul",
            nil
        ),
        (
            "Hi Luis, following up on my application for the warehouse supervisor job, submitted on May 3. Is the role still open, and is there anything I can add? Regards, Dee",
            nil
        ),
        (
            "Dear hiring team, thank you for the second interview. I'm still waiting to hear about the reference check you mentioned; please let me know if my referees need to do anything. Best, Chris",
            .r2
        ),
        (
            "Hi Hannah, a quick note: I'll be travelling from the 10th to the 14th but can still take calls. Is there any news on the role? Thanks, Felix",
            nil
        ),
        (
            "Hi Marco, thanks for the update last week that the decision was pushed back. Is the new date still the end of the month? Best wishes, Iris",
            nil
        ),
        (
            "Hello Dr. Evans, I wanted to thank you again for the conversation about the research assistant post. I'd love to hear about next steps whenever there's news. Sincerely, Amir",
            nil
        ),
        (
            "Hi Beth, I hope the product launch went well. I'm writing to check on the status of the marketing role I interviewed for on the 2nd. Thank you, Carmen",
            nil
        ),
        ("Hi Joe, I haven't heard back since our call on the 4th, so I thought I'd check in. Has a decision been made on the role? Thanks, Wes", .r2),
        ("Hi Ana, it was great to meet you and the team. I'm really looking forward to hearing from you about the next round. Best, Theo", nil),
        // 18th set (single sentences), measured before the constructions were widened for it.
        ("I refresh the careers page more often than I'd like to admit.", .r1),
        ("My partner keeps asking me if I've heard anything and I don't know what to tell them.", .r1),
        ("Honestly this role would be a lifeline for me right now.", .r1),
        ("I've been holding my breath since the final round.", .r1),
        ("Every time my phone lights up I hope it's you.", .r1),
        ("I'm terrified I'll hear nothing at all.", .r1),
        ("I can barely think straight with all this uncertainty.", .r1),
        ("I poured my heart into that presentation.", .r1),
        ("I've been more than patient so far.", .r2),
        ("This is getting a bit ridiculous.", .r2),
        ("I was promised an update last week and received nothing.", .r2),
        ("Can someone finally tell me what is going on?", .r2),
        ("A reply by end of day would be appreciated, otherwise I'll assume it's a no.", .r2),
        ("It's disappointing that nobody has bothered to respond.", .r2),
        ("I don't mean to be a bother, truly.", .r6),
        ("Sorry if this is the wrong person to ask.", .r6),
        ("I wanted to send a quick thank-you for the tour of the office.", nil),
        ("Happy to share references whenever it would be useful.", nil),
        ("I'll be travelling on Thursday but will check email in the evening.", nil),
        ("Is the timeline still the end of the month?", nil),
        ("I enjoyed hearing about the team's plans for the new release.", nil),
        ("Please let me know if there's anything else I can provide.", nil),
        // 19th set (whole messages), measured before the constructions were widened for it.
        (
            "Hi [Name], I hope you're well. It's been almost three weeks since my final interview and I'll be honest, the waiting is wearing me down. I keep replaying our conversation wondering what I could have said differently. Any news at all would put my mind at ease. Best, [Me]",
            .r1
        ),
        (
            "Hello [Name], I interviewed for the analyst role on the 4th and was told I'd hear back within a week. That was eighteen days ago. I'd appreciate the basic courtesy of an answer, whatever it is. Regards, [Me]",
            .r2
        ),
        (
            "Hi [Name], following up again as I have not received a response to my previous two emails. I expect to be updated on where things stand by end of day tomorrow. Thanks, [Me]",
            .r2
        ),
        (
            "Dear [Name], thank you for the interview last Tuesday. I have another company waiting on me, so I need you to confirm today whether you will be making me an offer. Kind regards, [Me]",
            .r3
        ),
        (
            "Hi [Name], sorry to bother you again, I completely understand how hectic things must be on your end and I really don't want to be a nuisance. I only wanted to ask, if it isn't too much trouble, whether there has been any movement on the position. Apologies once more, [Me]",
            .r6
        ),
        (
            "Hi [Name], I just wanted to say I can't stop thinking about this job. I've already pictured myself on the team and it would honestly crush me not to get it. Please let me know something soon. [Me]",
            .r1
        ),
        (
            "[Name], it has now been a month. Is anyone actually going to get back to me, or should I assume your team simply ignores candidates once the interviews are over? [Me]",
            .r2
        ),
        (
            "Hi [Name], I haven't been sleeping well since the panel interview because I keep worrying about how it went. I would be so relieved to hear from you, even if it's just to say you're still deciding. Thank you, [Me]",
            .r1
        ),
        (
            "Hi [Name], I was promised feedback after the technical round and have received nothing. Frankly this is not how I expected a company of your size to treat people. Please send the feedback this week. [Me]",
            .r2
        ),
        (
            "Hi [Name], I'm keen to wrap up my search, so please let me know by Thursday at noon whether I have the job; otherwise I'll take that as a no and move on. Best, [Me]",
            .r3
        ),
        (
            "Dear [Name], I know you must receive hundreds of emails and I hate to add to the pile, and I promise this is the last time I'll write, but I was just hoping to check in on my application. Forgive the intrusion. [Me]",
            .r6
        ),
        (
            "Hello [Name], every day without an answer feels longer than the last. I have turned down other interviews because I'm so set on this role, so I'm really hoping for good news. Warmly, [Me]",
            .r1
        ),
        ("Hi [Name], surely a decision has been made by now. Could you please stop stalling and just tell me the outcome? [Me]", .r2),
        (
            "Hi [Name], I'm starting to panic a little because I haven't heard anything and my savings are running low. Is there any chance you could tell me where I stand? Thanks so much, [Me]",
            .r1
        ),
        (
            "Hi [Name], thank you again for the conversation on Monday about the platform team. I enjoyed hearing how you plan to scale the data pipeline, and it made me even more interested in the role. Please let me know if I can send anything else. Best regards, [Me]",
            nil
        ),
        (
            "Hello [Name], I hope your week is going well. I'm writing to follow up on the product designer role I interviewed for on the 12th. I remain very interested and would welcome any update on next steps when you have one. Kind regards, [Me]",
            nil
        ),
        (
            "Hi [Name], I wanted to let you know that I've received an offer from another company with a deadline of next Friday. You remain my first choice, so if there is any update on your timeline, I'd be grateful to hear it. Best, [Me]",
            nil
        ),
        (
            "Dear [Name], thank you for letting me know the team is still interviewing. I appreciate the update and look forward to hearing from you once a decision is made. All the best, [Me]",
            nil
        ),
        (
            "Hi [Name], I'm checking in on the support engineer position. Is there an updated timeline for the decision? I'm happy to provide references if that helps. Thanks, [Me]",
            nil
        ),
        // 20th set (single sentences), measured before the constructions were widened for it.
        ("I've drafted and deleted this email about ten times.", .r1),
        ("I'm trying to stay positive, but it's getting harder each day.", .r1),
        ("I can't focus on anything else until I know.", .r1),
        ("This silence is making me doubt everything I said in the interview.", .r1),
        ("I would be beyond grateful for any crumb of news.", .r1),
        ("My stomach drops every time I see a new email notification.", .r1),
        ("I keep telling myself no news is good news, but I'm not sure anymore.", .r1),
        ("I feel like I'm going out of my mind waiting.", .r1),
        ("It's been radio silence for two weeks now.", .r2),
        ("I'd rather hear a no than be left guessing.", .r2),
        ("Apparently my time isn't as valuable as yours.", .r2),
        ("Kindly respond at your earliest convenience, as I've now written three times.", .r2),
        ("I find it hard to believe nobody has had a minute to reply.", .r2),
        ("Let me remind you that you said I'd have an answer on Monday.", .r2),
        ("I need your final decision before the weekend.", .r3),
        ("Please confirm by tomorrow whether the offer is coming.", .r3),
        ("I hope I'm not overstepping by writing again.", .r6),
        ("Please feel free to ignore this if you're too busy.", .r6),
        ("I hate to be that candidate who keeps emailing.", .r6),
        ("I'm still very interested and happy to answer any further questions.", nil),
        ("Could you share whether the timeline we discussed still holds?", nil),
        ("Thanks for letting me know about the delay; I understand these things take time.", nil),
        ("I'd welcome the chance to meet the rest of the team.", nil),
        ("I have a flight on the 14th, so mornings would suit me best for a call.", nil),
        ("Would it help if I sent a short write-up of the case study?", nil),
    ]

    static let portuguese: [(String, ReviewRuleID?)] = [
        ("Faz um mês e nada de resposta.", .r2),
        ("Já são quatro dias de silêncio total.", .r2),
        ("Até hoje não tive nenhum retorno de vocês.", .r2),
        ("Vocês prometeram responder na semana passada.", .r2),
        ("Isso é um absurdo, ninguém responde.", .r2),
        ("Exijo uma resposta até amanhã.", .r2),
        ("Alguém está lendo meus e-mails?", .r2),
        ("Se eu não tiver resposta até segunda, vou desistir da vaga.", .r2),
        ("Já mandei três mensagens e nada.", .r2),
        ("Por que está demorando tanto?", .r2),
        ("Fiquei esperando a ligação que vocês disseram que fariam.", .r2),
        ("Acho um desrespeito deixar o candidato sem resposta.", .r2),
        ("Cadê o retorno que vocês prometeram?", .r2),
        ("Ainda nada por aqui.", .r2),
        ("Estou muito nervoso desde a entrevista.", .r1),
        ("Fico atualizando meu e-mail a cada cinco minutos.", .r1),
        ("A espera está me matando.", .r1),
        ("Tenho medo de ter ido mal.", .r1),
        ("Essa vaga mudaria minha vida.", .r1),
        ("Eu quero muito, muito essa vaga.", .r1),
        ("Não durmo direito desde terça.", .r1),
        ("Ficaria arrasado se não fosse escolhido.", .r1),
        ("Por favor, preciso muito dessa oportunidade.", .r1),
        ("Minha família depende de eu conseguir esse emprego.", .r1),
        ("Estou desesperado por qualquer notícia.", .r1),
        ("Cada dia sem notícia me deixa mais ansioso.", .r1),
        ("Por favor, me passem a decisão final até amanhã.", .r3),
        ("Preciso saber até quinta se vou aceitar outra proposta.", .r3),
        ("Vocês conseguem decidir até sexta?", .r3),
        ("Desculpe pelos e-mails repetidos.", .r6),
        ("Perdão por insistir.", .r6),
        ("Espero não estar sendo chato ao perguntar de novo.", .r6),
        ("Sei o quanto vocês devem estar ocupados.", .r6),
        ("Obrigado de novo pelo seu tempo na terça.", nil),
        ("Gostei de saber como a equipe faz entregas toda semana.", nil),
        ("Precisam de mais alguma informação minha?", nil),
        ("Fico no aguardo dos próximos passos.", nil),
        ("Poderia compartilhar a previsão para a decisão?", nil),
        ("Queria reforçar que sigo muito interessado.", nil),
        ("Combinamos um retorno até sexta; há alguma novidade?", nil),
        ("Sem pressa, quando tiver um momento.", nil),
        ("Se alguma referência ajudar, é só avisar.", nil),
        ("Na próxima semana estou viajando, mas posso atender ligações.", nil),
        ("O desafio técnico foi muito interessante de resolver.", nil),
        ("Três tentativas de contato e nenhuma resposta.", .r2),
        ("Me prometeram um retorno na terça e nada.", .r2),
        ("No mínimo esperava a cortesia de uma resposta.", .r2),
        ("Alguém pode me dizer o que está acontecendo com a minha candidatura?", .r2),
        ("Parece que ninguém se importa em responder os candidatos.", .r2),
        ("Esse é o pior processo seletivo que já vi.", .r2),
        ("Vocês estão com meu currículo há seis semanas.", .r2),
        ("Já mandei dois e-mails essa semana sem resposta.", .r2),
        ("Só me digam sim ou não de uma vez.", .r2),
        ("Respondam hoje ou vou aceitar a outra proposta.", .r2),
        ("Por que ninguém entrou em contato ainda?", .r2),
        ("Obrigado por nada.", .r2),
        ("É tão difícil mandar um e-mail de uma linha?", .r2),
        ("Estou apavorada de ter falado algo errado na entrevista.", .r1),
        ("Mal consigo me concentrar em outra coisa.", .r1),
        ("Essa vaga é tudo o que eu sempre quis.", .r1),
        ("Sinceramente, a espera tem sido uma tortura.", .r1),
        ("Chorei quando li o e-mail de vocês.", .r1),
        ("Estou implorando para que reconsiderem.", .r1),
        ("Me sinto perdido sem emprego.", .r1),
        ("Estou estressado demais com dinheiro.", .r1),
        ("Faria literalmente qualquer coisa por essa vaga.", .r1),
        ("Estou surtando um pouco.", .r1),
        ("Por favor, me deem a resposta até amanhã ao meio-dia.", .r3),
        ("Preciso de uma decisão final em 48 horas.", .r3),
        ("Desculpa ser tão insistente.", .r6),
        ("Odeio incomodar com isso.", .r6),
        ("Imagino que vocês estejam atolados de trabalho.", .r6),
        ("Obrigado pela visão clara sobre a vaga.", nil),
        ("Queria acompanhar o prazo que você comentou.", nil),
        ("Se o cronograma mudou, entendo perfeitamente.", nil),
        ("Se precisar de mais alguma coisa, é só falar.", nil),
        ("Foi ótimo conhecer o time todo.", nil),
        ("Estou animado com a chance de trabalhar na plataforma de pagamentos.", nil),
        ("Quando tiver um momento, poderia compartilhar alguma novidade?", nil),
        ("Obrigado por avisar sobre o atraso.", nil),
        ("Agradeço por me manter informado.", nil),
        ("Segue em anexo o portfólio que conversamos.", nil),
        ("Aguardo nossa próxima conversa.", nil),
        ("Podemos marcar a etapa final na semana que vem?", nil),
        ("Continuo com interesse na vaga e à disposição para dúvidas.", nil),
        ("A gestora mencionou uma decisão até o fim do mês.", nil),
        ("Espero que o evento da equipe tenha sido bom.", nil),
        ("Dois meses e continuo no escuro.", .r2),
        ("Custa mandar uma atualização rápida?", .r2),
        ("Já cobrei isso quatro vezes.", .r2),
        ("A recrutadora jurou que eu teria resposta na segunda.", .r2),
        ("Um simples e-mail de cortesia já seria bom.", .r2),
        ("Não gosto de ser ignorado assim.", .r2),
        ("Me respondam, por favor.", .r2),
        ("Pelo visto meu tempo não vale nada para a empresa.", .r2),
        ("Não deveria ter que ficar perguntando.", .r2),
        ("Cinco semanas sem comunicação nenhuma.", .r2),
        ("Sejamos sinceros, vocês se esqueceram de mim.", .r2),
        ("Cansei de esperar pela equipe de vocês.", .r2),
        ("Estou com um nó no estômago esperando notícias.", .r1),
        ("Estou muito pra baixo desde a entrevista.", .r1),
        ("Seria um sonho realizado.", .r1),
        ("Não posso perder essa chance de jeito nenhum.", .r1),
        ("Por favor, não me decepcionem.", .r1),
        ("Rezo todo dia para ser escolhido.", .r1),
        ("Não consegui pensar em mais nada.", .r1),
        ("Me sinto um fracasso.", .r1),
        ("Preciso da decisão de vocês hoje.", .r3),
        ("Por favor, decidam até quarta no máximo.", .r3),
        ("Desculpa ficar enchendo vocês.", .r6),
        ("Sei que provavelmente estou sendo chato.", .r6),
        ("Espero que o fechamento do trimestre tenha acalmado.", nil),
        ("Posso enviar referências com prazer.", nil),
        ("Foi um prazer conversar sobre o plano de migração.", nil),
        ("Há um bom horário para uma ligação rápida semana que vem?", nil),
        ("Escrevo para saber como está o processo da vaga de analista.", nil),
        ("Você comentou que a equipe decidiria depois do evento; há novidades?", nil),
        ("Obrigado pela paciência enquanto juntei os documentos.", nil),
        ("Por enquanto não tenho mais perguntas.", nil),
        ("Posso ajustar minha disponibilidade se ajudar.", nil),
        ("Gostei da sessão no quadro e das perguntas sobre cache.", nil),
        ("Estou há quase três semanas sem nenhuma resposta.", .r2),
        ("O RH de vocês claramente não lê os e-mails.", .r2),
        ("Não entendo por que é tão difícil ter uma resposta direta.", .r2),
        ("Parem de ignorar minhas mensagens.", .r2),
        ("Vocês falaram fim do mês; hoje já é dia 9.", .r2),
        ("Essa é a minha quarta tentativa de falar com alguém.", .r2),
        ("Gostaria de uma explicação para a demora.", .r2),
        ("Um retorno seria o mínimo.", .r2),
        ("Preciso que vocês me retornem hoje.", .r2),
        ("Quantas semanas mais vou ter que esperar?", .r2),
        ("Sinceramente, tenho medo de nunca conseguir trabalho.", .r1),
        ("Por favor, por favor, me escolham.", .r1),
        ("Já não aguento mais essa incerteza.", .r1),
        ("Passei o fim de semana inteiro olhando o celular.", .r1),
        ("Essa oportunidade significa tudo para mim e para os meus filhos.", .r1),
        ("Fiquei muito magoado por ninguém ter respondido.", .r1),
        ("Estou tremendo enquanto escrevo.", .r1),
        ("Me sinto totalmente sem esperança na busca por emprego.", .r1),
        ("Vou precisar de uma resposta firme de vocês até as 17h.", .r3),
        ("Vocês conseguem decidir hoje sobre minha candidatura?", .r3),
        ("Desculpe incomodar mais uma vez.", .r6),
        ("Me sinto mal por escrever de novo tão cedo.", .r6),
        ("Obrigado por me explicar como funciona o plantão.", nil),
        ("Queria confirmar se o prazo que combinamos continua valendo.", nil),
        ("Sigo com muito interesse e disponível para as próximas etapas.", nil),
        ("Se ajudar, posso enviar um resumo do desenho que discutimos.", nil),
        ("Poderia me dizer se há algo pendente da minha parte?", nil),
        ("Entendo que essas decisões levam tempo.", nil),
        ("Bom feriado prolongado.", nil),
        ("Aguardo o retorno de vocês quando estiver pronto.", nil),
        ("Por favor, agradeça também à banca por mim.", nil),
        ("Falamos de uma decisão até o dia 20; isso continua de pé?", nil),
        ("Onze dias e contando.", .r2),
        ("Já mandei três e-mails para o nada.", .r2),
        ("Vocês disseram que iam ligar. Não ligaram.", .r2),
        ("Começo a achar que vocês nunca pretenderam responder.", .r2),
        ("Vocês tratam todos os candidatos assim?", .r2),
        ("Tenham a decência de me avisar de qualquer forma.", .r2),
        ("Espero a ligação de vocês amanhã logo cedo.", .r2),
        ("Sinceramente é vergonhoso para uma empresa desse tamanho.", .r2),
        ("Passei a semana toda um caco.", .r1),
        ("Tenho medo de ter sido minha última chance.", .r1),
        ("Fico repassando a entrevista na cabeça.", .r1),
        ("Sem esse emprego não sei como vamos nos virar.", .r1),
        ("Estou de coração partido e confuso.", .r1),
        ("Por favor, eu imploro, me deem uma chance.", .r1),
        ("Quero a decisão de vocês até segunda.", .r3),
        ("Mil desculpas por incomodar de novo.", .r6),
        ("Obrigada pelas perguntas sobre o meu último projeto.", nil),
        ("Espero que a viagem ao escritório de Berlim tenha corrido bem.", nil),
        ("Poderia confirmar se a vaga ainda está aberta?", nil),
        ("Posso começar em março se for bom para a equipe.", nil),
        ("Se outro formato de referências ajudar, é só avisar.", nil),
        ("Fico no aguardo da etapa técnica.", nil),
        ("Há alguma novidade que possa compartilhar?", nil),
        ("Agradeço a transparência sobre o prazo do orçamento.", nil),
        (
            "Oi, Tom. Fiz a entrevista no dia 3 e me disseram que a decisão sairia em poucos dias. Já estamos quase no fim do mês. Gostaria do mínimo de respeito de um retorno.",
            .r2
        ),
        (
            "Olá. Já entrei em contato várias vezes sobre a vaga de analista e não tive resposta. Sinceramente, esperava mais de uma empresa como a de vocês.",
            .r2
        ),
        ("Oi. Como falei nos meus dois últimos e-mails, continuo aguardando o feedback. Peço que respondam com urgência.", .r2),
        ("Bom dia. Estou escrevendo mais uma vez. Existe algum motivo para ninguém ter me respondido?", .r2),
        ("Prezado Sam, queria lembrar que você prometeu me ligar semana passada. Fiquei com o celular ligado o dia todo.", .r2),
        ("Oi, Dana. Não consigo parar de pensar na entrevista. Espero muito ter ido bem, isso significaria muito para mim.", .r1),
        ("Olá. Desculpe incomodar, mas estou ansiosa para saber como estou no processo. Cada dia sem notícia é difícil.", .r1),
        ("Oi. Sei que é cedo, mas estou tão empolgado e nervoso que precisei escrever. Alguma novidade?", .r1),
        ("Prezada Ana, por favor me considere. Estou sem trabalho há oito meses e minhas economias estão acabando.", .r1),
        ("Oi. Ficaria nas nuvens de entrar no time de vocês, sinceramente não penso em outra coisa.", .r1),
        (
            "Oi, Dana, obrigado de novo pela conversa de terça. Gostei de conhecer o trabalho de confiabilidade. Há alguma novidade sobre os próximos passos? Abraço, Leo",
            nil
        ),
        (
            "Olá, Sam, escrevo para acompanhar o processo de engenharia de dados. Tínhamos falado de uma decisão até sexta; poderia me dizer como estão as coisas? Obrigado",
            nil
        ),
        (
            "Oi, Priya, só uma nota rápida para dizer que sigo com muito interesse na vaga de plataforma. Se precisar de algo mais, é só avisar. Abraço",
            nil
        ),
        ("Prezado Tom, obrigado pela atualização do prazo. Aguardo o contato de vocês depois da reunião do conselho. Tudo de bom", nil),
        (
            "Oi, Carla. Enviei tudo o que vocês pediram há duas semanas. Desde então, silêncio. Queria saber se a vaga ainda existe ou se estou perdendo meu tempo.",
            .r2
        ),
        (
            "Olá, esta é minha terceira mensagem sobre a vaga de design. Entendo que estejam ocupados, mas uma resposta de uma linha não é pedir muito.",
            .r2
        ),
        ("Oi, Marcos, você me garantiu por telefone que eu teria retorno até segunda. Hoje é quinta. O que aconteceu?", .r2),
        ("Oi, por favor me deem uma resposta clara se ainda estou sendo considerado. Não dá para deixar minha vida em suspenso.", .r2),
        ("Oi, Jo, espero que não se importe que eu escreva de novo. Estou muito nervosa com o resultado e adoraria qualquer notícia.", .r1),
        ("Olá, Marcos, essa vaga é meu sonho e eu ficaria arrasado de não conseguir. Por favor, lembre de mim.", .r1),
        ("Oi. Desde a nossa conversa fico olhando o e-mail sem parar. Estou precisando muito de uma boa notícia agora.", .r1),
        ("Oi, Dana, desculpe a mensagem longa. Tive um ano difícil e esse emprego mudaria as coisas para a minha família.", .r1),
        (
            "Oi, Carla, espero que sua semana esteja boa. Escrevo para acompanhar a vaga de design; há uma previsão atualizada que possa compartilhar? Obrigado, Leo",
            nil
        ),
        (
            "Olá, Marcos, obrigada pela entrevista de segunda. A conversa sobre fluxos de cadastro foi ótima e fiquei ainda mais interessada na vaga. Abraço, Ana",
            nil
        ),
        ("Oi, Jo, escrevo sobre o processo de analista. Você comentou que a equipe decidiria nesta semana; há alguma novidade? Obrigado", nil),
        (
            "Oi, Dana, recebi outra proposta com prazo no dia 20. Prefiro muito entrar no time de vocês; há chance de um retorno antes disso? Obrigado",
            nil
        ),
        (
            "Oi, Paula, me disseram que o feedback viria depois da banca. Já são dez dias úteis. A essa altura gostaria pelo menos de saber se a vaga foi preenchida.",
            .r2
        ),
        ("Olá, já enviei minha disponibilidade três vezes sem confirmação. Alguém da equipe pode de fato marcar a conversa?", .r2),
        ("Oi, Ben, a recrutadora disse que a carta-proposta chegaria na sexta. Até agora nada. O que está travando?", .r2),
        ("Oi, acho pouco profissional ter que correr atrás de vocês depois de quatro entrevistas.", .r2),
        ("Oi, Paula, confesso que ando muito ansiosa desde a banca. Qualquer palavra já me acalmaria.", .r1),
        ("Olá, Ben, estou arrasado com a notícia. Tinha certeza de que seria eu.", .r1),
        ("Oi, não consigo dormir pensando se falei besteira sobre o meu último emprego.", .r1),
        ("Oi, vou ser sincero, o dinheiro está muito curto e essa proposta seria uma salvação para nós.", .r1),
        (
            "Oi, Paula, obrigada por organizar a banca de terça. Gostei das perguntas sobre pipelines de dados e quero seguir no processo. Abraço, Ana",
            nil
        ),
        (
            "Olá, Ben, obrigado por avisar sobre a decisão. Gostei do processo e teria prazer em ser considerado para outras vagas. Atenciosamente",
            nil
        ),
        ("Oi, uma nota rápida sobre a vaga de backend: há alguma novidade sobre o prazo que combinamos? Obrigado", nil),
        // 9th set, measured before the constructions were widened for it.
        ("Estou roendo as unhas esperando o resultado.", .r1),
        ("Não consigo pensar em outra coisa desde a entrevista.", .r1),
        ("Essa vaga é o sonho da minha vida.", .r1),
        ("Por favor, não se esqueçam de mim.", .r1),
        ("Estou desempregado há um ano e as contas estão se acumulando.", .r1),
        ("Faço qualquer coisa para trabalhar com vocês.", .r1),
        ("Meu coração está na mão.", .r1),
        ("Confesso que fiquei muito mal por não ter notícias.", .r1),
        ("Estou contando os dias!!!", .r1),
        ("Essa oportunidade significa tudo para mim.", .r1),
        ("Fiquei sem dormir pensando na entrevista.", .r1),
        ("Estou com o coração apertado.", .r1),
        ("Já faz quinze dias e até agora nada.", .r2),
        ("Vocês disseram que me ligariam na semana passada.", .r2),
        ("É a terceira vez que mando mensagem.", .r2),
        ("Acho um absurdo deixar os candidatos sem resposta.", .r2),
        ("Custa responder?", .r2),
        ("Preciso de uma resposta até amanhã, senão vou procurar outra coisa.", .r2),
        ("Será que alguém pode me dizer o que está acontecendo?", .r2),
        ("Até quando vou ter que esperar?", .r2),
        ("Ninguém se deu ao trabalho de me avisar.", .r2),
        ("Esperava mais respeito de uma empresa desse tamanho.", .r2),
        ("Um mês sem retorno não é aceitável.", .r2),
        ("Ninguém me responde.", .r2),
        ("Gostaria de saber hoje se fui aprovado.", .r3),
        ("Podem me dar a decisão final até segunda?", .r3),
        ("Mil desculpas por escrever de novo.", .r6),
        ("Não quero ser inconveniente, mas há novidades?", .r6),
        ("Sei que vocês devem estar cheios de coisas mais importantes.", .r6),
        ("Me desculpe a insistência.", .r6),
        ("Gostei muito de conhecer a equipe na terça.", nil),
        ("Vocês têm alguma previsão para os próximos passos?", nil),
        ("Continuo muito interessado na vaga.", nil),
        ("Fico à disposição para qualquer informação adicional.", nil),
        ("Sei que processos assim levam tempo.", nil),
        ("Haveria alguma atualização sobre o processo?", nil),
        ("Obrigado mais uma vez pela conversa de quinta-feira.", nil),
        ("Tenho uma proposta com prazo até sexta; há alguma novidade do lado de vocês?", nil),
        ("Há algo mais que eu possa enviar para ajudar na decisão?", nil),
        ("Vocês sabem quando a decisão deve sair?", nil),
        // 10th set (whole messages), measured before the constructions were widened for it.
        (
            "Oi, Marcos, fiz a entrevista para a vaga de coordenador de logística no dia 4. Desde então ninguém entrou em contato, o que é bem decepcionante. Pode me dar um retorno?",
            .r2
        ),
        (
            "Olá, Priscila, passando para saber da vaga de UX. Confesso que passei o fim de semana olhando o celular na esperança de boas notícias. Qualquer informação me ajudaria a relaxar.",
            .r1
        ),
        ("Prezados, me prometeram um retorno em cinco dias úteis e já se passaram doze. Gostaria de entender o que aconteceu. Att., Samuel", .r2),
        (
            "Oi, Tomás, obrigado mais uma vez pela quinta. Sinceramente, essa vaga seria uma virada enorme para mim depois de meses muito difíceis. Espero que me deem essa chance.",
            .r1
        ),
        ("Oi, Helena, já mandei dois e-mails e deixei recado sem nenhuma resposta. Vocês podem ao menos confirmar se a vaga ainda está aberta?", .r2),
        (
            "Oi, Joel, desculpe o incômodo, sei que você está com muita coisa. Só queria saber se há novidades sobre a vaga de analista. Desculpe mais uma vez.",
            .r6
        ),
        (
            "Oi, Graça, tenho muito interesse na vaga. Como preciso planejar meus próximos passos, por favor me passe a decisão até quarta. Obrigado, Omar",
            .r3
        ),
        ("Oi, Dani, fico repassando a nossa conversa e me perguntando se falei algo errado. Há alguma novidade sobre a vaga de designer?", .r1),
        ("Olá, é frustrante ficar esperando sem nenhuma palavra de vocês. Quando alguém vai finalmente me responder?", .r2),
        ("Oi, Ken, espero muito conseguir essa. Tive tantas recusas ultimamente que estou começando a perder a confiança. Alguma novidade?", .r1),
        (
            "Oi, Marcos, obrigado de novo pela conversa do dia 4 sobre a vaga de coordenador de logística. Há uma previsão atualizada para a próxima etapa? Abraço, Jordan",
            nil
        ),
        (
            "Olá, Priscila, gostei de saber como a equipe de design organiza as pesquisas. Sigo com muito interesse na vaga de UX e posso enviar mais exemplos de trabalho. Atenciosamente",
            nil
        ),
        (
            "Prezados, vocês mencionaram um retorno em cinco dias úteis após a entrevista do dia 2. Há alguma atualização que possam compartilhar? Att., Samuel",
            nil
        ),
        (
            "Oi, Graça, recebi outra proposta que preciso responder até sexta. Prefiro muito entrar na equipe de vocês; há como saber em que pé estou antes disso? Obrigado, Omar",
            nil
        ),
        (
            "Oi, Helena, sei que contratações levam tempo, sem pressa. Queria reforçar meu interesse na vaga de suporte e perguntar se há novidades sobre o prazo. Obrigado, Pat",
            nil
        ),
        // 11th set, measured before the constructions were widened for it.
        ("Não recebi nenhum retorno e já faz mais de duas semanas, o que é muito pouco profissional.", .r2),
        ("Estava realmente esperando ter alguma notícia até agora.", .r2),
        ("Devo entender o silêncio como um não?", .r2),
        ("Estou começando a sentir que fui esquecido.", .r1),
        ("Coloquei todas as fichas nessa vaga.", .r1),
        ("Recusei outras entrevistas por causa desse processo.", .r1),
        ("Por favor, agilizem o processo.", .r2),
        ("Tenho outras empresas interessadas, então peço que decidam logo.", .r3),
        ("Desculpa insistir, é que eu preciso muito desse emprego.", .r1),
        ("Cadê o retorno? Já faz uma eternidade.", .r2),
        ("Fico dizendo a mim mesma que a falta de notícias é boa notícia.", .r1),
        ("Não quero parecer insistente, mas há alguma novidade?", .r6),
        ("Acho que não passei, né?", .r1),
        ("Essa incerteza está acabando comigo.", .r1),
        ("Seguindo AINDA sem resposta sobre a vaga.", .r2),
        ("Escrevo para acompanhar minha candidatura à vaga de analista de dados.", nil),
        ("Fico à disposição para esclarecer qualquer ponto.", nil),
        ("Agradeço pela atualização sobre o prazo.", nil),
        ("Seria possível compartilhar em que etapa está o processo?", nil),
        ("Espero que o processo esteja correndo bem.", nil),
        ("Obrigada pelo retorno rápido na semana passada sobre o formato da banca.", nil),
        ("Se o prazo mudou, sem problema; só gostaria de me planejar.", nil),
        // 12th set (whole messages), measured before the constructions were widened for it.
        (
            "Oi, Sara, tudo bem? Não paro de pensar na nossa conversa e estou contando as horas para ter uma resposta. Essa vaga é tudo o que eu quero agora. Abraço, Tomás",
            .r1
        ),
        (
            "Olá, Marcos, enviei o portfólio há dez dias como pedido e sigo sem nenhuma confirmação de que foi sequer aberto. Aguardo posição. Léo",
            .r2
        ),
        (
            "Oi, Jéssica, voltando pela terceira vez sobre a vaga de QA. Seria ótimo se alguém finalmente me dissesse em que pé as coisas estão. Obrigado, Raí",
            .r2
        ),
        (
            "Prezada Sra. Park, escrevo porque está difícil manter o ânimo depois de tantas recusas este ano. Há novidades sobre a vaga de coordenadora? Abraços, Ivone",
            .r1
        ),
        (
            "Oi, Ben, mil perdões por incomodar de novo, entendo perfeitamente se estiver sem tempo. Só queria perguntar, se não for pedir muito, se há novidades. Desculpe, Kim",
            .r6
        ),
        (
            "Oi, Olga, obrigado de novo pela segunda. Estou avaliando outra proposta e preciso da decisão final de vocês até amanhã ao meio-dia. Att., Samuel",
            .r3
        ),
        (
            "Oi, Rita, só uma nota rápida: não tenho palavras para dizer o quanto isso significa para mim. Minha família inteira está torcendo! Alguma novidade? Eli",
            .r1
        ),
        (
            "Olá, me disseram que a decisão sairia na sexta passada. Hoje já é quarta e não tive nenhuma notícia, o que é decepcionante. Podem verificar? Nora",
            .r2
        ),
        (
            "Oi, Sara, obrigado por apresentar o planejamento na terça. Gostei da conversa sobre integração e continuo com interesse na vaga. Há novidades sobre os próximos passos? Abraço, Tomás",
            nil
        ),
        ("Olá, Marcos, enviei o portfólio no dia 3 como pedido. Pode confirmar se chegou à equipe e se algo mais seria útil? Obrigado, Léo", nil),
        (
            "Oi, Olga, obrigado de novo pela segunda. Recebi outra proposta com prazo até sexta, dia 20; a equipe de vocês é minha primeira opção, então queria saber se há uma previsão. Att., Samuel",
            nil
        ),
        (
            "Oi, Rita, retomando a vaga de design que conversamos no dia 12. Continuo com muito interesse e posso enviar mais exemplos. Há novidades sobre o prazo? Eli",
            nil
        ),
        // 13th set, measured before the constructions were widened for it.
        ("Outras empresas responderam em um dia, então não sei qual é a dificuldade aqui.", .r2),
        ("Imagino que já tiveram tempo de sobra para analisar meu currículo.", .r2),
        ("Sem querer ser chato, mas uma simples atualização não deveria demorar tanto.", .r2),
        ("Prefiro um não do que ficar sem resposta.", .r2),
        ("Vou esperar até sexta; depois disso sigo em frente.", .r2),
        ("Já contei para os meus amigos que vou trabalhar com vocês.", .r1),
        ("Fico olhando a página de vagas toda hora com medo de ela sumir.", .r1),
        ("Sinceramente, tenho medo de não encontrar mais nada.", .r1),
        ("Se eu não conseguir essa vaga, não sei para onde vou.", .r1),
        ("Sei que provavelmente estou passando dos limites ao escrever de novo.", .r6),
        ("Preciso que vocês confirmem a proposta hoje para eu pedir demissão.", .r3),
        ("Fico feliz em saber dos próximos passos quando a equipe estiver pronta.", nil),
        ("Obrigado por avisar que a decisão ficou para a semana que vem.", nil),
        ("Sei que o trimestre foi corrido; a vaga continua me interessando muito.", .r6),
        ("Tenho disponibilidade para uma conversa na quinta ou na sexta de manhã.", nil),
        ("Se eu puder enviar algo que ajude a banca, é só avisar.", nil),
        // 14th set (whole messages), measured before the constructions were widened for it.
        (
            "Oi Marina, tudo bem? Queria saber se há novidades sobre a vaga de analista. Não consigo dormir direito desde a entrevista, fico pensando se falei alguma besteira. Abraço, Caio",
            .r1
        ),
        (
            "Olá Renata, desculpe a insistência, mas preciso muito dessa vaga, minhas economias estão acabando e minha família depende disso. Tem alguma notícia? Obrigada, Luana",
            .r1
        ),
        (
            "Oi Pedro, estou uma ansiedade só esperando o retorno! Essa oportunidade significa tudo pra mim e eu ficaria arrasado se não desse certo. Valeu, Igor",
            .r1
        ),
        (
            "Prezada Sílvia, sinto que fui esquecida nesse processo e isso tem me deixado muito abatida. Há alguma atualização? Atenciosamente, Vera",
            .r1
        ),
        ("Olá, alguém aí lê os e-mails? Já escrevi duas vezes sobre a vaga de desenvolvedor e nada de resposta. Fábio", .r2),
        ("Prezados, acho que mereço pelo menos saber em que pé está meu processo. Exijo um retorno até sexta-feira. Att, Rogério", .r2),
        ("Oi Júlia, tenho outra proposta na mesa, então preciso da resposta de vocês até quinta, senão vou aceitar a outra. Abs, Davi", .r2),
        ("Boa tarde, deixar candidato sem resposta desse jeito é falta de profissionalismo. Me respondam ainda hoje, por favor. Carla", .r2),
        ("Oi Bruno, por que ninguém me respondeu até agora sobre a vaga de operações? Me avisem o quanto antes. Lia", .r2),
        (
            "Oi Ana, mil desculpas por escrever de novo, sei que vocês estão atolados e não quero ser chata. Só queria saber se tem alguma novidade, quando puder. Desculpa mesmo, Téo",
            .r6
        ),
        (
            "Olá Paulo, perdão por incomodar mais uma vez, pode ignorar se for um momento ruim, não quero atrapalhar. Há alguma atualização? Obrigado, Rui",
            .r6
        ),
        (
            "Oi Lúcia, alguma novidade? Estou ficando louca com essa espera e não paro de repassar a entrevista na cabeça. Essa vaga é tudo pra mim. Beijos, Nina",
            .r1
        ),
        (
            "Oi Marina, obrigado de novo pela conversa de terça. Gostei muito de conhecer os planos do time. Há alguma previsão para a decisão sobre a vaga de analista? Abraço, Caio",
            nil
        ),
        (
            "Olá Renata, espero que esteja tudo bem. Continuo muito interessada na vaga e posso enviar qualquer material que ajude. Obrigada, Luana",
            nil
        ),
        (
            "Oi Pedro, passando para saber se há novidades sobre o processo. Se ajudar, tenho disponibilidade para uma nova conversa na semana que vem. Valeu, Igor",
            .r6
        ),
        (
            "Oi Júlia, uma atualização rápida: recebi outra proposta com prazo até a próxima sexta. Vocês continuam sendo minha primeira opção e quis avisar. Abs, Davi",
            nil
        ),
        (
            "Prezado Bruno, obrigado pela entrevista do dia 3. Sei que a contratação leva tempo; você saberia dizer quando esperam decidir? Atenciosamente, Lia",
            nil
        ),
        // 15th set, measured before the constructions were widened for it.
        ("Estou com um nó na garganta desde a entrevista.", .r1),
        ("Meu coração dispara toda vez que o celular toca.", .r1),
        ("Fico me perguntando se estraguei minha chance na segunda etapa.", .r1),
        ("Conseguir essa vaga provaria pros meus pais que fiz a escolha certa.", .r1),
        ("Estou tentando não criar esperanças, mas está difícil.", .r1),
        ("Tem sido uma fase bem pesada desde que fui demitido em março.", .r1),
        ("Não penso em outra coisa desde sexta.", .r1),
        ("Eu ficaria de coração partido se a resposta fosse não.", .r1),
        ("Estou no meu limite com essa busca por emprego.", .r1),
        ("Gostaria de uma resposta direta desta vez.", .r2),
        ("Será que alguém poderia ter a decência de me dizer se a vaga foi preenchida?", .r2),
        ("Dou até segunda para vocês responderem, senão desisto do processo.", .r2),
        ("Eu não deveria ter que ficar cobrando vocês.", .r2),
        ("Duas semanas é tempo mais do que suficiente para decidir.", .r2),
        ("Preciso de um retorno até o fim do expediente de amanhã.", .r2),
        ("A essa altura, só peço um sim ou um não.", .r2),
        ("Imagino que eu esteja sendo inconveniente escrevendo de novo.", .r6),
        ("Entendo totalmente se eu não for prioridade agora.", .r6),
        ("Queria compartilhar um artigo curto sobre integração que surgiu na nossa conversa.", nil),
        ("Obrigado de novo por apresentar o planejamento do time na terça.", nil),
        ("Precisam de mais alguma coisa minha antes da próxima etapa?", nil),
        ("Sigo com muito interesse e posso enviar referências.", nil),
        ("Você poderia me dizer qual é a previsão para a decisão?", nil),
        // 16th set, measured before the constructions were widened for it ("I can't wait to hear", written as calm,
        // is the over-eagerness R1 names).
        ("Cada dia sem notícia parece uma semana.", .r1),
        ("Fico duvidando de tudo o que eu disse na entrevista.", .r1),
        ("Tenho receio de que termine como os últimos três processos.", .r1),
        ("Não saber em que pé estou está acabando comigo.", .r1),
        ("Recusei outras entrevistas porque tinha certeza desta.", .r1),
        ("Você não imagina o quanto eu preciso de uma boa notícia agora.", .r1),
        ("Só quero saber se devo continuar tendo esperança.", .r1),
        ("Minha confiança ficou abalada nessas últimas semanas.", .r1),
        ("Me disseram que eu teria retorno em cinco dias úteis, e isso foi há duas semanas.", .r2),
        ("Não entendo por que está demorando tanto.", .r2),
        ("Já fiz três follow-ups sem nem uma confirmação de recebimento.", .r2),
        ("Peço que me atualizem sobre o status até amanhã de manhã.", .r2),
        ("Se a vaga já foi preenchida, é só dizer.", .r2),
        ("Não deveria ser tão difícil conseguir uma atualização.", .r2),
        ("Desculpe, sei que isso é a última coisa que você precisa na sua caixa de entrada.", .r6),
        ("Não quero parecer impaciente, então fique à vontade para ignorar.", .r6),
        ("Estou animado com a chance de ajudar o time a lançar o novo aplicativo.", nil),
        ("Preciso avisar que meu aviso prévio é de quatro semanas.", nil),
        ("Espero que o encontro da equipe tenha corrido bem na semana passada.", nil),
        ("Fico à disposição para outras perguntas por telefone ou e-mail.", nil),
        ("Tenho disponibilidade até as 18h nos dias úteis, se uma ligação for melhor.", nil),
        ("Desde a nossa conversa, concluí a certificação que mencionei.", nil),
        ("Por favor, me avise se algo mudou do seu lado.", nil),
        ("Agradeço o seu tempo e a visão clara sobre a vaga.", nil),
        // 17th set: whole messages written as calm; those relabelled name what SPEC R2 and R6 list
        // ("it has been N days", "I have been waiting", "I just wanted to"), and none other raised a tone rule.
        (
            "Oi Priscila, já faz duas semanas da nossa conversa e queria saber se há novidades sobre a vaga de gerente de produto. Obrigado, Jorge",
            .r2
        ),
        (
            "Olá Sr. Gomes, espero que tenha tido uma boa semana. Continuo muito interessada na vaga de contadora e queria saber se há alguma atualização. Atenciosamente, Elena",
            nil
        ),
        (
            "Oi Tomás, obrigado pela entrevista da segunda passada. Você comentou que a decisão sairia por volta do dia 15; escrevo para saber se isso continua de pé. Abraço, Rute",
            nil
        ),
        (
            "Prezada Cláudia, recebi uma proposta de outra empresa que preciso responder até o dia 20. A equipe de vocês continua sendo minha primeira opção; há chance de uma atualização antes disso? Atenciosamente, Otávio",
            nil
        ),
        (
            "Oi Alex, queria acompanhar a vaga de engenheiro de dados. Se precisar de mais alguma coisa, como referências ou exemplos de trabalho, posso enviar. Obrigada, Mia",
            nil
        ),
        (
            "Oi Samuel, tudo bem? Gostei muito de conhecer o time na quinta e estou animada com o trabalho na plataforma de cobrança. Alguma novidade sobre os próximos passos? Abraço, Nara",
            nil
        ),
        (
            "Olá Karen, sei que o processo seletivo pode levar um tempo e agradeço o cuidado da equipe. Você poderia me dizer mais ou menos quando esperam decidir? Obrigado, Paulo",
            nil
        ),
        (
            "Oi Luís, escrevo sobre minha candidatura à vaga de supervisor de estoque, enviada no dia 3 de maio. A vaga continua aberta? Posso acrescentar algo? Att, Débora",
            nil
        ),
        (
            "Oi Hannah, um recado rápido: vou viajar do dia 10 ao 14, mas continuo disponível para ligações. Há novidades sobre a vaga? Obrigado, Félix",
            nil
        ),
        ("Oi Marcos, obrigado pelo aviso de que a decisão foi adiada. A nova data continua sendo o fim do mês? Abraços, Íris", nil),
        (
            "Oi Joel, não tive retorno desde a nossa ligação do dia 4, então resolvi escrever. Já houve uma decisão sobre a vaga? Obrigado, Wesley",
            .r2
        ),
        ("Oi Ana, foi ótimo conhecer você e o time. Fico no aguardo da próxima etapa. Abraço, Téo", nil),
        // 18th set (single sentences), measured before the constructions were widened for it.
        ("Atualizo a página de vagas mais vezes do que gostaria de admitir.", .r1),
        ("Minha família vive perguntando se já tive resposta e não sei o que dizer.", .r1),
        ("Essa vaga seria uma tábua de salvação pra mim agora.", .r1),
        ("Estou prendendo a respiração desde a última etapa.", .r1),
        ("Toda vez que o celular acende eu torço para ser vocês.", .r1),
        ("Tenho pavor de não ouvir nada.", .r1),
        ("Mal consigo pensar direito com tanta incerteza.", .r1),
        ("Já fui paciente demais até aqui.", .r2),
        ("Isso já está ficando ridículo.", .r2),
        ("Me prometeram uma atualização semana passada e não recebi nada.", .r2),
        ("Alguém pode finalmente me dizer o que está acontecendo?", .r2),
        ("É decepcionante que ninguém tenha se dado ao trabalho de responder.", .r2),
        ("Não quero incomodar, de verdade.", .r6),
        ("Desculpe se não for a pessoa certa para perguntar.", .r6),
        ("Queria agradecer a visita ao escritório.", nil),
        ("Posso enviar referências quando for útil.", nil),
        ("Vou viajar na quinta, mas vejo os e-mails à noite.", nil),
        ("O prazo continua sendo o fim do mês?", nil),
        ("Gostei de ouvir sobre os planos do time para a nova versão.", nil),
        // 19th set (whole messages), measured before the constructions were widened for it.
        (
            "Oi [Nome], tudo bem? Já faz quase três semanas da entrevista final e confesso que essa espera está me consumindo. Fico repassando a conversa na cabeça tentando entender o que poderia ter feito diferente. Qualquer notícia já me acalmaria. Abraço, [Eu]",
            .r1
        ),
        (
            "Olá [Nome], fiz a entrevista no dia 4 e me disseram que eu teria um retorno em uma semana. Já se passaram dezoito dias. Acho que o mínimo seria uma resposta, seja ela qual for. Att, [Eu]",
            .r2
        ),
        (
            "Oi [Nome], estou escrevendo de novo porque não tive resposta aos meus dois últimos e-mails. Espero ser atualizado sobre o andamento até o fim do dia de amanhã. Obrigado, [Eu]",
            .r2
        ),
        (
            "Prezada [Nome], obrigado pela entrevista de terça. Tenho outra empresa me aguardando, então preciso que vocês me confirmem hoje se vão me fazer uma proposta. Atenciosamente, [Eu]",
            .r3
        ),
        (
            "Oi [Nome], desculpa incomodar de novo, entendo perfeitamente como deve estar corrido aí e não quero ser chato. Só queria perguntar, se não for pedir muito, se houve alguma novidade sobre a vaga. Mais uma vez, desculpe, [Eu]",
            .r6
        ),
        (
            "Oi [Nome], só queria dizer que não consigo parar de pensar nessa vaga. Já me imagino trabalhando com o time e ficaria arrasado se não desse certo. Por favor, me diga alguma coisa logo. [Eu]",
            .r1
        ),
        (
            "[Nome], já faz um mês. Alguém vai me responder ou devo entender que vocês simplesmente ignoram os candidatos depois das entrevistas? [Eu]",
            .r2
        ),
        (
            "Olá [Nome], não tenho dormido direito desde a entrevista com o painel de tanto me preocupar com o resultado. Ficaria muito aliviada de ter notícias, nem que seja para dizer que ainda estão decidindo. Obrigada, [Eu]",
            .r1
        ),
        (
            "Oi [Nome], me prometeram um feedback depois da etapa técnica e até agora nada. Sinceramente, não esperava esse tratamento de uma empresa desse porte. Por favor, me enviem o feedback ainda esta semana. [Eu]",
            .r2
        ),
        (
            "Oi [Nome], quero encerrar minha busca, então por favor me digam até quinta ao meio-dia se a vaga é minha; caso contrário vou considerar um não e seguir em frente. Abraço, [Eu]",
            .r3
        ),
        (
            "Olá [Nome], cada dia sem resposta parece mais longo que o anterior. Recusei outras entrevistas porque estou muito focado nessa vaga, então estou torcendo muito por uma boa notícia. Abraço, [Eu]",
            .r1
        ),
        ("Oi [Nome], com certeza uma decisão já foi tomada. Vocês podem parar de enrolar e simplesmente me dizer o resultado? [Eu]", .r2),
        (
            "Oi [Nome], estou começando a entrar em pânico porque não tive nenhuma notícia e minhas economias estão acabando. Existe alguma chance de vocês me dizerem como está minha situação? Muito obrigado, [Eu]",
            .r1
        ),
        (
            "Oi [Nome], obrigado mais uma vez pela conversa de segunda sobre o time de plataforma. Gostei de saber como vocês pretendem escalar o pipeline de dados, e isso aumentou ainda mais meu interesse na vaga. Se eu puder enviar mais alguma coisa, é só avisar. Abraço, [Eu]",
            nil
        ),
        (
            "Olá [Nome], espero que sua semana esteja boa. Escrevo para acompanhar o processo da vaga de designer de produto, cuja entrevista fiz no dia 12. Continuo muito interessada e agradeço qualquer atualização sobre os próximos passos. Atenciosamente, [Eu]",
            nil
        ),
        (
            "Oi [Nome], queria avisar que recebi uma proposta de outra empresa com prazo até a próxima sexta. Vocês continuam sendo minha primeira opção; se houver alguma novidade sobre o cronograma, ficaria grato em saber. Abraço, [Eu]",
            nil
        ),
        (
            "Prezado [Nome], obrigada por me avisar que o time ainda está entrevistando. Agradeço a atualização e aguardo o contato de vocês quando houver uma decisão. Um abraço, [Eu]",
            nil
        ),
        (
            "Oi [Nome], escrevo sobre a vaga de engenheiro de suporte. Há uma previsão atualizada para a decisão? Posso enviar referências, se ajudar. Obrigado, [Eu]",
            nil
        ),
        // 20th set (single sentences), measured before the constructions were widened for it.
        ("Já escrevi e apaguei este e-mail umas dez vezes.", .r1),
        ("Estou tentando manter o otimismo, mas está cada dia mais difícil.", .r1),
        ("Não consigo me concentrar em mais nada até saber.", .r1),
        ("Esse silêncio está me fazendo duvidar de tudo o que eu disse na entrevista.", .r1),
        ("Ficaria eternamente grato por qualquer notícia.", .r1),
        ("Meu estômago gela toda vez que chega um e-mail novo.", .r1),
        ("Sinto que estou enlouquecendo com essa espera.", .r1),
        ("Já são duas semanas de silêncio total.", .r2),
        ("Prefiro ouvir um não do que ficar no escuro.", .r2),
        ("Pelo visto meu tempo não vale tanto quanto o de vocês.", .r2),
        ("Peço que respondam o quanto antes, já que é a terceira vez que escrevo.", .r2),
        ("Custo a acreditar que ninguém teve um minuto para responder.", .r2),
        ("Lembro que vocês disseram que eu teria uma resposta na segunda.", .r2),
        ("Preciso da decisão final de vocês antes do fim de semana.", .r3),
        ("Por favor, confirmem até amanhã se a proposta vai sair.", .r3),
        ("Espero não estar passando dos limites ao escrever de novo.", .r6),
        ("Fique à vontade para ignorar se estiver muito ocupada.", .r6),
        ("Odeio ser aquele candidato que fica mandando e-mail.", .r6),
        ("Continuo muito interessado e à disposição para qualquer pergunta.", nil),
        ("Vocês poderiam me dizer se o prazo que combinamos continua valendo?", nil),
        ("Obrigado por avisar do atraso; entendo que essas coisas levam tempo.", nil),
        ("Gostaria muito de conhecer o resto do time.", nil),
        ("Tenho um voo no dia 14, então as manhãs seriam melhores para uma conversa.", nil),
    ]
}
