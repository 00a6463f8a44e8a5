<?php

echo 'Ok';
