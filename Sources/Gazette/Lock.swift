#if canImport(Glibc)
import Glibc
#endif

/// A pthread mutex with a condition variable, for the pipeline's hand-offs.
final class Lock: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    private var condition = pthread_cond_t()

    init() {
        pthread_mutex_init(&mutex, nil)
        pthread_cond_init(&condition, nil)
    }

    deinit {
        pthread_cond_destroy(&condition)
        pthread_mutex_destroy(&mutex)
    }

    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return try body()
    }

    /// Waits, with the lock held, until `ready()` is true.
    func wait(until ready: () -> Bool) {
        while !ready() { pthread_cond_wait(&condition, &mutex) }
    }

    /// Wakes every waiter; call with the lock held.
    func broadcast() { pthread_cond_broadcast(&condition) }
}
