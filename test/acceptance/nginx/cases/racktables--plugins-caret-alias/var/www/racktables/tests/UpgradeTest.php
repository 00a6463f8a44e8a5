<?php
// test stub
