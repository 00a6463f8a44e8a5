<?php
return ['login' => ['username' => 'Benutzername']];
