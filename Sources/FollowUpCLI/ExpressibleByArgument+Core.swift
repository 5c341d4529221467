public import ArgumentParser
public import FollowUpCore

// Core's enums parse from their raw values on the command line, and help lists them.
extension ContactRole: ExpressibleByArgument {}
extension InterviewKind: ExpressibleByArgument {}
extension MessageKind: ExpressibleByArgument {}
extension Outcome: ExpressibleByArgument {}
