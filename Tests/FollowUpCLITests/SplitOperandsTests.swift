import Testing

@testable import FollowUpCLI

@Suite struct SplitOperandsTests {
    @Test("review's file operands are split from its options, values included, in order")
    func split() {
        let (options, files) = Followup.ReviewCommand.splitOperands(
            ["review", "a.txt", "--kind", "check-in", "b.txt", "--format=json", "--language", "en", "-", "--disable", "R6", "--", "--odd name.txt"])
        #expect(options == ["review", "--kind", "check-in", "--format=json", "--language", "en", "--disable", "R6"])
        #expect(files == ["a.txt", "b.txt", "-", "--odd name.txt"])
    }

    @Test("every option of review that takes a value is known to the split")
    func knownOptions() {
        let help = Followup.ReviewCommand.helpMessage(columns: 200)
        for line in help.split(separator: "\n") where line.hasPrefix("  --") && line.contains(" <") {
            let name = String(line.dropFirst(2).prefix { $0 != " " })
            #expect(Followup.ReviewCommand.valueOptions.contains(name), "\(name) takes a value but is not in valueOptions")
        }
    }
}
