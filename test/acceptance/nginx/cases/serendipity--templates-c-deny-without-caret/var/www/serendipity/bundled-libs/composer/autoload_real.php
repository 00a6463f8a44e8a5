<?php
// composer
