{{$comment}}
<?php
$db_host = {{$dbhost}};
