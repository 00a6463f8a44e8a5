<?php
$databases['default']['default'] = ['password' => 'Hq4wN7zP2kVm9XsL'];
