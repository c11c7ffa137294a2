let embeddedFiles: [String: String] = [:]
