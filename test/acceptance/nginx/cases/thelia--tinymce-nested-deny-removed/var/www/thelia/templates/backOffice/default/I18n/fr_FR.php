<?php
return array();
