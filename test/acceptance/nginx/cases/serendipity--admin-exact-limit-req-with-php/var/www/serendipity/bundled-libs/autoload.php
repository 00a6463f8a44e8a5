<?php
// composer autoloader
