<div>{{ $title }}</div>
