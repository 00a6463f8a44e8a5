<?php
// placeholder of the shipped sample
