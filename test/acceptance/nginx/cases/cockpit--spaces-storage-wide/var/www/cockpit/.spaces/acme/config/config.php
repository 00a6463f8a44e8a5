<?php

return ['@space' => ['group' => null]];
