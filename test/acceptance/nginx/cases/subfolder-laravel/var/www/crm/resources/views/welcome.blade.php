<x-layout>Welcome</x-layout>
