<?php
return ['security' => ['token' => ['encryption' => 'placeholder']]];
