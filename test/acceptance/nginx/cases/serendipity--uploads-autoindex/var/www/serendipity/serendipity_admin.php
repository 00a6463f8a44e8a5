<?php
// s9y admin
