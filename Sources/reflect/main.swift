#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReflectCLI

// The tool itself lives in ReflectCLI, where tests run it in process; this runs it here.
exit(Reflect.main(Array(CommandLine.arguments.dropFirst()), environment: .process))
