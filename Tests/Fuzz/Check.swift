/// Stops the fuzzer with `message` when `condition` fails. Unlike `precondition`, it says why in
/// an optimised build, so the crash log names the broken invariant.
func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String = "an invariant broke") {
    if !condition() { fatalError(message()) }
}
