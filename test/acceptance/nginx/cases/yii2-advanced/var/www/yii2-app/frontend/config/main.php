<?php
return ['id' => 'app-frontend', 'basePath' => dirname(__DIR__), 'controllerNamespace' => 'frontend\controllers'];
