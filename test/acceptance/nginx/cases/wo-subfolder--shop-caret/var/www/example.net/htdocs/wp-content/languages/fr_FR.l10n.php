<?php
return ['domain'=>'default','messages'=>[]];
