<?php
// template the installer fills in
