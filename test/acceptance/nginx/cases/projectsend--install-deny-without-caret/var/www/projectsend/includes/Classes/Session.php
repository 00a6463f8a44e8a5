<?php
namespace ProjectSend\Classes;

class Session {}
