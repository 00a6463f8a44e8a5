<?php
return ['login' => ['username' => 'Username']];
