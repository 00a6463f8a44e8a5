{{-- layout --}}
