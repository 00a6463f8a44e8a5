<?php
// configuration functions
