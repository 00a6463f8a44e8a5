<?php
return ['id' => 'app-console', 'controllerNamespace' => 'console\controllers'];
