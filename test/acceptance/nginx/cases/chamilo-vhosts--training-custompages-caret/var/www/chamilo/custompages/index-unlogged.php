<?php
// branded login page stand-in
