import Synchronization
#if canImport(Glibc)
import Glibc
#endif

private let receivedSignal = Atomic<Int32>(0)

/// SIGINT and SIGTERM ask a run to stop reading, finish the documents in hand,
/// flush, and exit with 128 + the signal number (130, 143).
public enum Interruption {
    /// Installs the handlers. Blocking reads return early (no SA_RESTART), so a
    /// run waiting on standard input notices the signal.
    public static func install() {
        // A parent may have blocked them (the mask is inherited): unblock.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        for sig in [SIGINT, SIGTERM] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { sig in receivedSignal.store(sig, ordering: .relaxed) }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(sig, &action, nil)
        }
    }

    /// Whether a stop was asked for.
    public static var requested: Bool { receivedSignal.load(ordering: .relaxed) != 0 }

    /// The signal received, or 0.
    public static var signal: Int32 { receivedSignal.load(ordering: .relaxed) }
}
