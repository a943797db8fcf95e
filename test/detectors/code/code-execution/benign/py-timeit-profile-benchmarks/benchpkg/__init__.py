import cProfile
import timeit


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def bench(n=20, number=100):
    return timeit.timeit(f'fib({n})', globals=globals(), number=number)


def profile(n=20):
    cProfile.run(f'fib({n})', sort='cumulative')


if __name__ == '__main__':
    print(bench())
    profile()
