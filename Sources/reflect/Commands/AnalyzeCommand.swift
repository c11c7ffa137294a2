import Journal

/// `reflect analyze [FILE|-] [--lines] [--json]`.
enum AnalyzeCommand {
    static func run(_ context: Context) throws {
        throw CommandFailure("analyze is not built yet", code: .ioError)
    }
}

/// `reflect report`.
enum ReportCommand {
    static func run(_ context: Context) throws {
        throw CommandFailure("report is not built yet", code: .ioError)
    }
}
