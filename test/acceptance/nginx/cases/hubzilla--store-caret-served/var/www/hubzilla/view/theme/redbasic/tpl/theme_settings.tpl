{{$title}}
