<?php
return ['passbolt' => ['version' => '4.9.1', 'name' => 'Dreams', 'edition' => 'ce'], 'php' => ['minVersion' => '7.4']];
