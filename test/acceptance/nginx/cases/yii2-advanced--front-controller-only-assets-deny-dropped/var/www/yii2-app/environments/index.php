<?php
return ['Development' => ['path' => 'dev'], 'Production' => ['path' => 'prod']];
