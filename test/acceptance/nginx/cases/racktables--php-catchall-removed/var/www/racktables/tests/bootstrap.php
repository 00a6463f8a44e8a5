<?php
// PHPUnit bootstrap stub
