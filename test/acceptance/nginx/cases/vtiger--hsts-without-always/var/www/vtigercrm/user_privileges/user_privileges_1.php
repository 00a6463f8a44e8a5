<?php
$is_admin=true;
$user_info=array('user_name'=>'admin','user_password'=>'$2y$10$Yk0...','accesskey'=>'Xq7bR2mN9pL4tV1c');
