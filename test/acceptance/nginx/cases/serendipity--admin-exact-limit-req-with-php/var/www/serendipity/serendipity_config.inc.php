<?php
// core bootstrap
