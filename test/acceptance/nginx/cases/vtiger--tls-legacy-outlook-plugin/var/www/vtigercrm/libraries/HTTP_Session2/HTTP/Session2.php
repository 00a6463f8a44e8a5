<?php
class HTTP_Session2 {}
